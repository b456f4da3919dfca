package io.ledgerline.gateway.ratelimit;

import java.time.Duration;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import reactor.core.publisher.Mono;

/**
 * Token buckets in Redis, by Spring Cloud Gateway's {@link RedisRateLimiter} (the limiter behind its
 * {@code RequestRateLimiter} filter, one Lua script per request). Like that filter, it lets requests through
 * when Redis cannot be reached.
 */
final class RedisTokenBuckets implements RateLimit {

    /** One bucket set for the whole gateway, not one per route. */
    static final String LIMIT_ID = "ledgerline-gateway";

    private final RedisRateLimiter limiter;
    private final Duration retryAfter;

    RedisTokenBuckets(RedisRateLimiter limiter, int refillPerSecond) {
        this.limiter = limiter;
        this.retryAfter = Duration.ofNanos(Math.max(1, Duration.ofSeconds(1).toNanos() / refillPerSecond));
    }

    @Override
    public Mono<Decision> take(String principal) {
        return limiter.isAllowed(LIMIT_ID, principal)
                .map(response -> response.isAllowed() ? Decision.allow() : Decision.refuse(retryAfter));
    }
}
