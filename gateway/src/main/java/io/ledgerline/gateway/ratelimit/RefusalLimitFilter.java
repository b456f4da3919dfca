package io.ledgerline.gateway.ratelimit;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Runs before the security chain, so before any token is decoded: a client address that has had too many requests
 * refused with 401 lately gets 429 for everything until its bucket refills. A flood of bad tokens therefore costs
 * neither signature checks nor key-set lookups, and cannot be used to guess tokens at full speed. Only refusals
 * count, so the many users behind one address are not limited by each other's valid requests; those are limited
 * per subject by {@link RateLimitFilter}. Buckets live in this gateway's memory.
 */
final class RefusalLimitFilter implements WebFilter {

    private final TokenBuckets refusals;

    RefusalLimitFilter(TokenBuckets refusals) {
        this.refusals = refusals;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (RateLimitFilter.isProbe(exchange)) {
            return chain.filter(exchange);
        }
        String address = "ip:" + RateLimitFilter.clientAddress(exchange);
        RateLimit.Decision decision = refusals.peekNow(address);
        if (!decision.allowed()) {
            return Mono.error(new RateLimitFilter.TooManyRequests(decision.retryAfter()));
        }
        exchange.getResponse().beforeCommit(() -> {
            if (HttpStatus.UNAUTHORIZED.equals(exchange.getResponse().getStatusCode())) {
                refusals.takeNow(address);
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }
}
