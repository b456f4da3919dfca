package io.ledgerline.platform.inbox;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.platform.context.CallerContexts;
import io.ledgerline.platform.outbox.CloudEventHeaders;
import io.ledgerline.platform.outbox.IntegrationJson;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;
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
    private final ObservationRegistry observations;

    Inbox(JdbcTemplate jdbc, TransactionTemplate transactions, MeterRegistry meters,
          ObservationRegistry observations) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.meters = meters;
        this.observations = observations;
    }

    /**
     * Applies a poll's records in one transaction: one commit, not one per record, which is what bounds a consumer
     * that is catching up (a replay, a backlog after an outage). When any record of the batch fails, nothing of the
     * batch is kept and the records are applied again one transaction each, so that those before the failing one
     * stay applied and the failure names its record ({@link BatchListenerFailedException}) for the error handler to
     * retry or dead-letter, as it would a single record.
     */
    public void processAll(List<ConsumerRecord<String, byte[]>> records, Subscription subscription, String consumer) {
        if (records.size() > 1) {
            try {
                List<Outcome> outcomes = transactions.execute(status -> InboxTransaction.within(() -> records.stream()
                        .map(record -> observed(record, consumer, () -> apply(record, subscription, consumer)))
                        .toList()));
                outcomes.forEach(outcome -> count(consumer, outcome));
                return;
            } catch (RuntimeException batchFailed) {
                // rolled back as a whole: find the failing record one transaction at a time
            }
        }
        for (ConsumerRecord<String, byte[]> record : records) {
            Outcome outcome;
            try {
                outcome = observed(record, consumer, () -> transactions.execute(status -> InboxTransaction.within(
                        () -> apply(record, subscription, consumer))));
            } catch (RuntimeException failure) {
                throw new BatchListenerFailedException(reason(failure), failure, record);
            }
            count(consumer, outcome);
        }
    }

    /** Applies the record within the current transaction, unless the inbox has it already. */
    private Outcome apply(ConsumerRecord<String, byte[]> record, Subscription subscription, String consumer) {
        String id = required(record, CloudEventHeaders.ID);
        String type = required(record, CloudEventHeaders.TYPE);
        var handling = subscription.handling(type);
        if (handling.isEmpty()) {
            return new Outcome(type, "ignored");
        }
        InboundEvent<?> event = new InboundEvent<>(id, type,
                CloudEventHeaders.text(record.headers(), CloudEventHeaders.SUBJECT), time(record), caller(record, id),
                data(record, handling.get().eventClass()), record);
        int remembered = jdbc.update(REMEMBER, consumer, id, type, record.topic(), record.partition(),
                record.offset());
        if (remembered == 0) {
            return new Outcome(type, "duplicate");
        }
        try (CallerContexts.Scope ignored = CallerContexts.open(event.caller())) {
            handling.get().apply(event);
        }
        return new Outcome(type, "applied");
    }

    /**
     * Runs the work in an observation of the record, as Spring Kafka makes one for each record of a record listener:
     * it continues the trace of the record's {@code traceparent} header and times the listener.
     */
    private <T> T observed(ConsumerRecord<String, byte[]> record, String consumer, Supplier<T> work) {
        return KafkaListenerObservation.LISTENER_OBSERVATION.observation(null,
                        KafkaListenerObservation.DefaultKafkaListenerObservationConvention.INSTANCE,
                        () -> new KafkaRecordReceiverContext(record, consumer, consumer, consumer, () -> null),
                        observations)
                .observe(work);
    }

    /** What a record's failure says, without the wrappers. */
    static String reason(Throwable failure) {
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }

    /** What became of one record, counted once its transaction committed. */
    private record Outcome(String type, String outcome) {
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

    private void count(String consumer, Outcome outcome) {
        meters.counter("ledgerline.inbox.events", "consumer", consumer, "type", outcome.type(), "outcome",
                outcome.outcome()).increment();
    }
}
