package io.ledgerline.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.platform.context.RequestIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the limit with 413 before anything reads them: at once when {@code Content-Length}
 * says so, else (a chunked body) through a stream that fails as soon as one byte more than the limit arrives, so
 * that neither a controller nor the Idempotency-Key filter ever holds more than the limit. Runs before Spring
 * Security, so a body is refused before its token is checked; the gateway has the same limit.
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private final ObjectMapper json;

    RequestBodyLimitFilter(long limit, ObjectMapper json) {
        this.limit = limit;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(declared >= 0 ? request : new LimitedBodyRequest(request, limit), response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!RequestBodyTooLargeException.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            refuse(request, response);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemDetail problem = RequestBodyTooLargeException.problem(limit);
        problem.setProperty("requestId", RequestIds.of(request));
        response.setStatus(problem.getStatus());
        response.setHeader(RequestIds.HEADER, RequestIds.of(request));
        response.setHeader("Connection", "close"); // the unread rest of the body is not worth draining
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
