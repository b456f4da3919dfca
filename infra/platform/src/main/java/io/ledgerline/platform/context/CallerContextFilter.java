package io.ledgerline.platform.context;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Runs every HTTP request, once authenticated, as the caller the {@link CallerResolver} names. */
class CallerContextFilter extends OncePerRequestFilter {

    private final CallerResolver callers;

    CallerContextFilter(CallerResolver callers) {
        this.callers = callers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try (CallerContexts.Scope ignored = CallerContexts.open(callers.resolve(request, RequestIds.of(request)))) {
            chain.doFilter(request, response);
        }
    }
}
