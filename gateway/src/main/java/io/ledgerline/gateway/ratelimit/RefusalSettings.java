package io.ledgerline.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Typed settings under {@code ledgerline.gateway.rate-limit.refusals}: how many requests one client address may
 * have refused with 401 before its further requests are answered 429 without being authenticated at all.
 *
 * @param capacity        refusals an address may collect at once
 * @param refillPerSecond refusals an address may collect per second in the long run
 */
@ConfigurationProperties("ledgerline.gateway.rate-limit.refusals")
record RefusalSettings(@DefaultValue("20") int capacity, @DefaultValue("1") int refillPerSecond) {

    RefusalSettings {
        if (capacity < 1 || refillPerSecond < 1) {
            throw new IllegalArgumentException("Refusal limit capacity and refill must be at least 1");
        }
    }
}
