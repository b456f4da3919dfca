package io.ledgerline.webhook.delivery;

import java.time.Duration;

/**
 * When a failed delivery is tried again: after {@code initialInterval}, then each wait {@code multiplier} times the
 * one before, never longer than {@code maxInterval}; after {@code maxAttempts} failed attempts it is parked.
 *
 * @param maxAttempts     attempts in all, the first included
 * @param initialInterval the wait after the first failure
 * @param multiplier      growth of the wait per failure
 * @param maxInterval     the longest wait
 */
public record RetryPolicy(int maxAttempts, Duration initialInterval, double multiplier, Duration maxInterval) {

    public RetryPolicy {
        if (maxAttempts < 1 || multiplier < 1.0 || initialInterval.isNegative()
                || maxInterval.compareTo(initialInterval) < 0) {
            throw new IllegalArgumentException("invalid retry policy: at least 1 attempt, a multiplier of at least"
                    + " 1 and a max interval no shorter than the initial one");
        }
    }

    /** The status after an attempt: delivered on success, parked when no attempt is left, else still pending. */
    DeliveryStatus statusAfter(int attemptsMade, AttemptResult result) {
        if (result.succeeded()) {
            return DeliveryStatus.DELIVERED;
        }
        return attemptsMade >= maxAttempts ? DeliveryStatus.PARKED : DeliveryStatus.PENDING;
    }

    /** The wait before the next attempt after {@code attemptsMade} failed ones. */
    Duration delayAfter(int attemptsMade) {
        double millis = initialInterval.toMillis() * Math.pow(multiplier, Math.max(0, attemptsMade - 1));
        return millis >= maxInterval.toMillis() ? maxInterval : Duration.ofMillis((long) millis);
    }
}
