package io.ledgerline.webhook.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses {@code Idempotency-Key} on a secret rotation, ahead of the platform's idempotency filter: that filter
 * stores the answer to replay it, and this answer is the new secret, which must never be stored in the clear.
 */
class SecretAnswersAreNotStored extends OncePerRequestFilter {

    private static final String PROBLEM = """
            {"type":"https://ledgerline.io/problems/bad-request","title":"Bad Request","status":400,\
            "detail":"a secret rotation cannot carry Idempotency-Key: its answer holds the new secret, which is \
            never stored; send it without the header (a lost answer means rotating again)"}""";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader("Idempotency-Key") == null
                || !request.getRequestURI().endsWith("/rotate-secret");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(PROBLEM.getBytes(StandardCharsets.UTF_8));
    }
}
