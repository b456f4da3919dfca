package io.ledgerline.webhook.web;

import java.time.Instant;

/**
 * What a replay enqueued.
 *
 * @param subscriptionId the webhook
 * @param from           the instant replayed from
 * @param enqueued       deliveries enqueued, in the order the events arrived
 */
record ReplayAccepted(String subscriptionId, Instant from, int enqueued) {
}
