package io.ledgerline.webhook.delivery;

import java.time.Instant;
import java.util.List;

/**
 * A delivery as the log shows it.
 *
 * @param deliveryId     the delivery's id (also sent as the {@code Ledgerline-Delivery} header)
 * @param eventId        the CloudEvent's id
 * @param eventType      the CloudEvent's type
 * @param orderingKey    the aggregate the event is about (its subject), which orders the deliveries
 * @param cause          EVENT, REDELIVERY or REPLAY
 * @param redeliveryOf   the delivery this one repeats, for a redelivery
 * @param status         PENDING, DELIVERED or PARKED
 * @param attempts       attempts made so far
 * @param lastStatusCode the last answer's status code
 * @param lastLatencyMs  the last attempt's latency
 * @param lastError      the last attempt's error
 * @param createdAt      when it was enqueued
 * @param nextAttemptAt  when it is tried next, while pending
 * @param deliveredAt    when the target took it
 * @param attemptLog     every attempt, first first
 */
public record DeliveryView(String deliveryId, String eventId, String eventType, String orderingKey,
                           DeliveryCause cause, String redeliveryOf, DeliveryStatus status, int attempts,
                           Integer lastStatusCode, Long lastLatencyMs, String lastError, Instant createdAt,
                           Instant nextAttemptAt, Instant deliveredAt, List<AttemptView> attemptLog) {
}
