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
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * The handler runs as the service's reaction to the event: a command it sends, and the events that command stores,
 * carry the event's tenant and correlation id, the actor {@code system:<spring.application.name>} and the event's id
 * as their cause.
 */
public class Inbox {

    private static final String REMEMBER = """
            INSERT INTO processed_event (consumer, event_id, event_type, topic, partition_no, record_offset)
            SELECT ?, received.* FROM unnest(CAST(? AS varchar[]), CAST(? AS varchar[]), CAST(? AS varchar[]),
                CAST(? AS integer[]), CAST(? AS bigint[])) AS received
            ON CONFLICT DO NOTHING RETURNING event_id""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final ObservationRegistry observations;
    private final String service;

    Inbox(JdbcTemplate jdbc, TransactionTemplate transactions, MeterRegistry meters,
          ObservationRegistry observations, String service) {
        this.service = service;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.meters = meters;
        this.observations = observations;
    }

    /**
     * Applies a poll's records in one transaction: one commit, not one per record, which is what bounds a consumer
     * that is catching up (a replay, a backlog after an outage), and one statement remembering their ids. When any
     * record of the batch fails, nothing of the batch is kept and the records are applied again one transaction
     * each, so that those before the failing one stay applied and the failure names its record
     * ({@link BatchListenerFailedException}) for the error handler to retry or dead-letter, as it would a single
     * record.
     */
    public void processAll(List<ConsumerRecord<String, byte[]>> records, Subscription subscription, String consumer) {
        if (records.size() > 1) {
            try {
                List<Outcome> outcomes = transactions.execute(status -> InboxTransaction.within(
                        () -> applyAll(records, subscription, consumer)));
                outcomes.forEach(outcome -> count(consumer, outcome));
                return;
            } catch (RuntimeException batchFailed) {
                // rolled back as a whole: find the failing record one transaction at a time
            }
        }
        for (ConsumerRecord<String, byte[]> record : records) {
            List<Outcome> outcome;
            try {
                outcome = transactions.execute(status -> InboxTransaction.within(
                        () -> applyAll(List.of(record), subscription, consumer)));
            } catch (RuntimeException failure) {
                throw new BatchListenerFailedException(reason(failure), failure, record);
            }
            count(consumer, outcome.get(0));
        }
    }

    /**
     * Applies the records within the current transaction, each unless the inbox has it already: their ids are
     * remembered with one statement, and only those it newly remembered are applied, each once.
     */
    private List<Outcome> applyAll(List<ConsumerRecord<String, byte[]>> records, Subscription subscription,
                                   String consumer) {
        List<Received> received = records.stream().map(record -> received(record, subscription)).toList();
        Set<String> remembered = remember(consumer, received);
        return received.stream().map(one -> observed(one.record(), consumer, () -> {
            if (one.handling() == null) {
                return new Outcome(one.type(), "ignored");
            }
            if (!remembered.remove(one.event().id())) {
                return new Outcome(one.type(), "duplicate");
            }
            // what the handler sends or stores is this service's reaction to the event, in the event's request
            CallerContext reaction = one.event().caller().reactionBy(service, one.event().id());
            try (CallerContexts.Scope ignored = CallerContexts.open(reaction)) {
                one.handling().apply(one.event());
            }
            return new Outcome(one.type(), "applied");
        })).toList();
    }

    /** Reads a record's event; one of a type the subscription does not handle is only named. */
    private static Received received(ConsumerRecord<String, byte[]> record, Subscription subscription) {
        String id = required(record, CloudEventHeaders.ID);
        String type = required(record, CloudEventHeaders.TYPE);
        Subscription.Handling<?> handling = subscription.handling(type).orElse(null);
        if (handling == null) {
            return new Received(record, type, null, null);
        }
        return new Received(record, type, handling, new InboundEvent<>(id, type,
                CloudEventHeaders.text(record.headers(), CloudEventHeaders.SUBJECT), time(record), caller(record, id),
                data(record, handling.eventClass()), record));
    }

    /** Inserts the handled events' ids, in id order (so two instances lock alike); answers those that were new. */
    private Set<String> remember(String consumer, List<Received> received) {
        List<Received> handled = received.stream().filter(one -> one.handling() != null)
                .sorted(Comparator.comparing(one -> one.event().id())).toList();
        if (handled.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(jdbc.queryForList(REMEMBER, String.class, consumer,
                handled.stream().map(one -> one.event().id()).toArray(String[]::new),
                handled.stream().map(Received::type).toArray(String[]::new),
                handled.stream().map(one -> one.record().topic()).toArray(String[]::new),
                handled.stream().map(one -> one.record().partition()).toArray(Integer[]::new),
                handled.stream().map(one -> one.record().offset()).toArray(Long[]::new)));
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

    /** A record read: its event and how the subscription handles it, both null when it does not. */
    private record Received(ConsumerRecord<String, byte[]> record, String type, Subscription.Handling<?> handling,
                            InboundEvent<?> event) {
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
