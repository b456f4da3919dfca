package io.ledgerline.gateway.ratelimit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/** Picks where the buckets live: Redis when {@code spring.data.redis.host} is set, else this JVM. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RateLimitSettings.class, RefusalSettings.class})
class RateLimitConfiguration {

    private static final int MAX_IN_MEMORY_BUCKETS = 100_000;

    @Bean
    RateLimiting rateLimiting(RateLimitSettings settings, ObjectProvider<RedisTokenBuckets> redis) {
        if (!settings.enabled()) {
            return new RateLimiting(principal -> Mono.just(RateLimit.Decision.allow()));
        }
        RateLimit shared = redis.getIfAvailable();
        return new RateLimiting(shared != null ? shared : new TokenBuckets(
                settings.capacity(), settings.refillPerSecond(), MAX_IN_MEMORY_BUCKETS, System::nanoTime));
    }

    /** Before the security chain (order -100), after the request id and the body limit. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    @ConditionalOnProperty(name = "ledgerline.gateway.rate-limit.enabled", matchIfMissing = true)
    WebFilter refusalLimitFilter(RefusalSettings settings) {
        return new RefusalLimitFilter(new TokenBuckets(settings.capacity(), settings.refillPerSecond(),
                MAX_IN_MEMORY_BUCKETS, System::nanoTime));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty("spring.data.redis.host")
    static class RedisBuckets {

        @Bean
        RedisRateLimiter redisRateLimiter(RateLimitSettings settings) {
            return new RedisRateLimiter(settings.refillPerSecond(), settings.capacity());
        }

        @Bean
        RedisTokenBuckets redisTokenBuckets(RedisRateLimiter limiter, RateLimitSettings settings) {
            return new RedisTokenBuckets(limiter, settings.refillPerSecond());
        }
    }
}
