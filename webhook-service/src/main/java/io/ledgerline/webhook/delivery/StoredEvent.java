package io.ledgerline.webhook.delivery;

import java.time.Instant;

/**
 * An integration event as webhook-service received it: the CloudEvents attributes as they came and the data bytes
 * unchanged.
 *
 * @param id              {@code ce_id}
 * @param tenant          {@code ce_tenant}
 * @param topic           the Kafka topic it came from
 * @param type            {@code ce_type}
 * @param source          {@code ce_source}
 * @param subject         {@code ce_subject}, the aggregate id; may be null
 * @param time            {@code ce_time} as received
 * @param occurredAt      {@code ce_time} as an instant, for replays
 * @param dataContentType the record's {@code content-type}
 * @param actor           {@code ce_actor}, may be null
 * @param correlationId   {@code ce_correlationid}, may be null
 * @param causationId     {@code ce_causationid}, may be null
 * @param data            the record's value, byte for byte
 */
public record StoredEvent(String id, String tenant, String topic, String type, String source, String subject,
                          String time, Instant occurredAt, String dataContentType, String actor,
                          String correlationId, String causationId, byte[] data) {

    /** What orders this event's deliveries: the aggregate it is about, else the event alone. */
    String orderingKey() {
        return subject == null || subject.isBlank() ? id : subject;
    }
}
