package io.ledgerline.webhook.integration;

import io.ledgerline.platform.outbox.CloudEventHeaders;
import java.util.Optional;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Keeps the Kafka record being processed on the consumer thread. The inbox hands handlers the typed event only;
 * webhooks must post the data exactly as the producer published it (fields this service's {@code api} version does
 * not know included), so the handler takes the bytes and headers from here. Spring Boot installs the interceptor
 * on the listener container factory the inbox's containers come from.
 */
class ReceivedRecords implements RecordInterceptor<Object, Object> {

    private static final ThreadLocal<ConsumerRecord<?, ?>> CURRENT = new ThreadLocal<>();

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
                                                    Consumer<Object, Object> consumer) {
        CURRENT.set(record);
        return record;
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        CURRENT.remove();
    }

    /** The record being processed on this thread, if it is the one carrying the event with this id. */
    static Optional<ConsumerRecord<?, ?>> current(String eventId) {
        ConsumerRecord<?, ?> record = CURRENT.get();
        return record != null && eventId.equals(CloudEventHeaders.text(record.headers(), CloudEventHeaders.ID))
                && record.value() instanceof byte[] ? Optional.of(record) : Optional.empty();
    }
}
