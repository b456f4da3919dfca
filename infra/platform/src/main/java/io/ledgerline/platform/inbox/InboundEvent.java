package io.ledgerline.platform.inbox;

import io.ledgerline.contract.IntegrationEvent;
import io.ledgerline.platform.context.CallerContext;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * An integration event as a consumer receives it: the CloudEvents attributes and the typed data.
 *
 * @param id      {@code ce_id}, the event's unique id
 * @param type    {@code ce_type}
 * @param subject {@code ce_subject}, the id of the aggregate the event is about
 * @param time    {@code ce_time}
 * @param caller  tenant, actor, correlation and causation from the extension headers
 * @param data    the event itself
 * @param record  the Kafka record it came in, for a consumer that must pass the event on exactly as it was published
 *                (webhook-service forwards the data byte for byte, fields its {@code api} version does not know
 *                included)
 */
public record InboundEvent<T extends IntegrationEvent>(
        String id, String type, String subject, Instant time, CallerContext caller, T data,
        ConsumerRecord<String, byte[]> record) {
}
