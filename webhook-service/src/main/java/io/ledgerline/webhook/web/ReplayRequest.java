package io.ledgerline.webhook.web;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * Replays a webhook: every stored event it selects whose time is at or after {@code from}.
 *
 * @param from the instant to replay from, ISO-8601
 */
record ReplayRequest(@NotNull Instant from) {
}
