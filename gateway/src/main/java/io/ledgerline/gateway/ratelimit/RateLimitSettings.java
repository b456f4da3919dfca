package io.ledgerline.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Typed settings under {@code ledgerline.gateway.rate-limit}.
 *
 * @param enabled         whether requests are limited at all
 * @param capacity        the burst: how many requests a principal may make at once
 * @param refillPerSecond how many requests per second a principal may make in the long run
 */
@ConfigurationProperties("ledgerline.gateway.rate-limit")
record RateLimitSettings(@DefaultValue("true") boolean enabled,
                         @DefaultValue("50") int capacity,
                         @DefaultValue("20") int refillPerSecond) {

    RateLimitSettings {
        if (capacity < 1 || refillPerSecond < 1) {
            throw new IllegalArgumentException("Rate limit capacity and refill must be at least 1");
        }
    }
}
