package io.ledgerline.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.platform.context.CallerContexts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The same 503 for filters that use the database before any controller advice applies (the Idempotency-Key claim):
 * without it such a failure would reach the servlet container's error page as a 500.
 */
class UnavailableFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(UnavailableFilter.class);

    private final ObjectMapper json;

    UnavailableFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warn("database unavailable: {}", e.toString());
            response.reset();
            ProblemDetail problem = DatabaseUnavailable.problem();
            CallerContexts.current().ifPresent(caller -> problem.setProperty("requestId", caller.correlationId()));
            response.setStatus(problem.getStatus());
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
        }
    }
}
