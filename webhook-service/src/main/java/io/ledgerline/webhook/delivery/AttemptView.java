package io.ledgerline.webhook.delivery;

import java.time.Instant;

/**
 * One attempt of a delivery.
 *
 * @param attempt     1 for the first
 * @param attemptedAt when it started
 * @param statusCode  the answer's status code; null when none came (timeout, refused connection)
 * @param latencyMs   how long until the answer or the failure
 * @param error       why it failed, when it did
 */
public record AttemptView(int attempt, Instant attemptedAt, Integer statusCode, long latencyMs, String error) {
}
