package io.ledgerline.webhook.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(10), 2.0, Duration.ofSeconds(60));
    private final AttemptResult failed = AttemptResult.answered(Instant.EPOCH, 500, 12);
    private final AttemptResult timedOut = AttemptResult.failed(Instant.EPOCH, 2000, "no answer within PT2S");

    @Test
    void waitsLongerAfterEachFailureUpToTheLongestWait() {
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void retriesAnythingButA2xxIncludingTimeoutsUntilTheLastAttemptThenParks() {
        assertThat(policy.statusAfter(1, failed)).isEqualTo(DeliveryStatus.PENDING);
        assertThat(policy.statusAfter(4, timedOut)).isEqualTo(DeliveryStatus.PENDING);
        assertThat(policy.statusAfter(1, AttemptResult.answered(Instant.EPOCH, 302, 3)))
                .isEqualTo(DeliveryStatus.PENDING);
        assertThat(policy.statusAfter(5, failed)).isEqualTo(DeliveryStatus.PARKED);
        assertThat(policy.statusAfter(5, AttemptResult.answered(Instant.EPOCH, 204, 3)))
                .isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void refusesAPolicyWithoutAttempts() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
