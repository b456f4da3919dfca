package io.ledgerline.platform.context;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every HTTP request its request id (returned in X-Request-Id and logged) and runs it as the caller the
 * {@link CallerResolver} names.
 */
class CallerContextFilter extends OncePerRequestFilter {

    private final CallerResolver callers;

    CallerContextFilter(CallerResolver callers) {
        this.callers = callers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = RequestIds.accept(request.getHeader(RequestIds.HEADER));
        response.setHeader(RequestIds.HEADER, requestId);
        MDC.put("requestId", requestId);
        try (CallerContexts.Scope ignored = CallerContexts.open(callers.resolve(request, requestId))) {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("requestId");
        }
    }
}
