package io.ledgerline.gateway.ratelimit;

import org.springframework.web.server.WebFilter;

/**
 * The rate limit as the security chain takes it. Not a {@link WebFilter} bean itself: WebFlux would then run it a
 * second time outside the security chain and count every request twice.
 */
public final class RateLimiting {

    private final RateLimitFilter filter;

    RateLimiting(RateLimit limit) {
        this.filter = new RateLimitFilter(limit);
    }

    /** The filter to place right after authentication. */
    public WebFilter webFilter() {
        return filter;
    }
}
