package io.ledgerline.platform.inbox;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.platform.context.CallerContexts;
import io.ledgerline.platform.outbox.CloudEventHeaders;
import io.ledgerline.platform.outbox.IntegrationJson;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a consumed record exactly once per consumer: the event id is inserted into {@code processed_event} and
 * the handler runs in the same transaction; when the id is already there, the record is a redelivery and is skipped.
 */
public class Inbox {

    private static final String REMEMBER = """
            INSERT INTO processed_event (consumer, event_id, event_type, topic, partition_no, record_offset)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;

    Inbox(JdbcTemplate jdbc, TransactionTemplate transactions, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.meters = meters;
    }

    /** Applies the record for the named consumer, or recognises it as already applied. */
    public void process(ConsumerRecord<String, byte[]> record, Subscription subscription, String consumer) {
        Headers headers = record.headers();
        String id = required(record, CloudEventHeaders.ID);
        String type = required(record, CloudEventHeaders.TYPE);
        var handling = subscription.handling(type);
        if (handling.isEmpty()) {
            count(consumer, type, "ignored");
            return;
        }
        InboundEvent<?> event = new InboundEvent<>(id, type, CloudEventHeaders.text(headers, CloudEventHeaders.SUBJECT),
                time(record), caller(record, id), data(record, handling.get().eventClass()));
        boolean applied = Boolean.TRUE.equals(transactions.execute(status -> {
            int remembered = jdbc.update(REMEMBER, consumer, id, type, record.topic(), record.partition(),
                    record.offset());
            if (remembered == 0) {
                return false;
            }
            try (CallerContexts.Scope ignored = CallerContexts.open(event.caller())) {
                handling.get().apply(event);
            }
            return true;
        }));
        count(consumer, type, applied ? "applied" : "duplicate");
    }

    private static CallerContext caller(ConsumerRecord<String, byte[]> record, String eventId) {
        Headers headers = record.headers();
        String correlationId = CloudEventHeaders.text(headers, CloudEventHeaders.CORRELATION_ID);
        String actor = CloudEventHeaders.text(headers, CloudEventHeaders.ACTOR);
        return new CallerContext(required(record, CloudEventHeaders.TENANT), actor == null ? "unknown" : actor,
                correlationId == null ? eventId : correlationId, eventId);
    }

    private static Instant time(ConsumerRecord<String, byte[]> record) {
        String time = CloudEventHeaders.text(record.headers(), CloudEventHeaders.TIME);
        try {
            return time == null ? Instant.ofEpochMilli(record.timestamp()) : Instant.parse(time);
        } catch (DateTimeParseException e) {
            throw new PoisonRecordException("ce_time is not an instant at " + position(record), e);
        }
    }

    private static <T> T data(ConsumerRecord<String, byte[]> record, Class<T> eventClass) {
        if (record.value() == null) {
            throw new PoisonRecordException("record without data at " + position(record));
        }
        try {
            return IntegrationJson.read(record.value(), eventClass);
        } catch (IOException e) {
            throw new PoisonRecordException("data does not bind to " + eventClass.getSimpleName() + " at "
                    + position(record) + ": " + e.getMessage(), e);
        }
    }

    private static String required(ConsumerRecord<String, byte[]> record, String header) {
        String value = CloudEventHeaders.text(record.headers(), header);
        if (value == null || value.isBlank()) {
            throw new PoisonRecordException("record without " + header + " at " + position(record));
        }
        return value;
    }

    private static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    private void count(String consumer, String type, String outcome) {
        meters.counter("ledgerline.inbox.events", "consumer", consumer, "type", type, "outcome", outcome).increment();
    }
}
