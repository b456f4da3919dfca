package io.ledgerline.webhook.delivery;

import java.time.Instant;

/**
 * What one attempt came to.
 *
 * @param attemptedAt when it started
 * @param statusCode  the answer's status code, null when none came
 * @param latencyMs   time until the answer or the failure
 * @param error       why it failed; null on a 2xx
 */
record AttemptResult(Instant attemptedAt, Integer statusCode, long latencyMs, String error) {

    static final int MAX_ERROR = 1000;

    static AttemptResult answered(Instant at, int statusCode, long latencyMs) {
        boolean success = statusCode >= 200 && statusCode < 300;
        return new AttemptResult(at, statusCode, latencyMs, success ? null : "the target answered " + statusCode);
    }

    static AttemptResult failed(Instant at, long latencyMs, String error) {
        String message = error == null ? "failed" : error;
        return new AttemptResult(at, null, latencyMs, message.length() > MAX_ERROR
                ? message.substring(0, MAX_ERROR) : message);
    }

    boolean succeeded() {
        return error == null;
    }
}
