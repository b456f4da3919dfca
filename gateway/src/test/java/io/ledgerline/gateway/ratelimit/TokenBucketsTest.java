package io.ledgerline.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private final AtomicLong now = new AtomicLong();
    private final TokenBuckets buckets = new TokenBuckets(3, 2, 10, now::get);

    @Test
    void allowsABurstUpToTheCapacityThenRefuses() {
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.takeNow("sub:a").allowed()).isTrue();
        }

        RateLimit.Decision refused = buckets.takeNow("sub:a");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void refillsAtTheConfiguredRate() {
        for (int i = 0; i < 3; i++) {
            buckets.takeNow("sub:a");
        }
        now.addAndGet(Duration.ofMillis(500).toNanos());

        assertThat(buckets.takeNow("sub:a").allowed()).isTrue();
        assertThat(buckets.takeNow("sub:a").allowed()).isFalse();
    }

    @Test
    void keepsOneBucketPerPrincipal() {
        for (int i = 0; i < 3; i++) {
            buckets.takeNow("sub:a");
        }

        assertThat(buckets.takeNow("sub:b").allowed()).isTrue();
    }
}
