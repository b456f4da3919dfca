package io.ledgerline.platform.ops;

import io.ledgerline.platform.outbox.IntegrationJson;
import io.ledgerline.platform.web.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;

/**
 * The events parked in Axon's dead-letter queues of this service's processing groups: listed, retried (the whole
 * sequence, in order, by the group's own handlers) or evicted (given up on, never handled).
 */
class ParkedEvents {

    private final EventProcessingConfiguration processing;

    ParkedEvents(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** Every parked event, by group, sequence and place in the sequence. */
    List<ParkedEvent> list() {
        List<ParkedEvent> parked = new ArrayList<>();
        for (String group : groups()) {
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue(group).deadLetters()) {
                sequence.forEach(letter -> parked.add(view(group, (JdbcDeadLetter<?>) letter)));
            }
        }
        parked.sort(Comparator.comparing(ParkedEvent::processingGroup)
                .thenComparing(ParkedEvent::sequenceIdentifier).thenComparing(ParkedEvent::sequenceIndex));
        return parked;
    }

    /**
     * Hands the parked event's sequence to the group's handlers again, from its first parked event: those handled
     * leave the queue; at the first failure the rest stay, with the new cause.
     */
    RetryOutcome retry(String group, String id) {
        String sequence = find(group, id).getSequenceIdentifier();
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(group)
                .orElseThrow(() -> new NotFoundException("processing group with dead letters", group));
        boolean processed = processor.process(letter -> letter instanceof JdbcDeadLetter<?> jdbc
                && sequence.equals(jdbc.getSequenceIdentifier()));
        long remaining = queue(group).sequenceSize(sequence);
        return new RetryOutcome(processed && remaining == 0, remaining, group, sequence);
    }

    /** Removes the parked event without handling it. */
    void evict(String group, String id) {
        queue(group).evict(find(group, id));
    }

    private JdbcDeadLetter<?> find(String group, String id) {
        if (!groups().contains(group)) {
            throw new NotFoundException("processing group with dead letters", group);
        }
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue(group).deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (letter instanceof JdbcDeadLetter<?> jdbc && jdbc.getIdentifier().equals(id)) {
                    return jdbc;
                }
            }
        }
        throw new NotFoundException("dead letter", group + "/" + id);
    }

    private List<String> groups() {
        return processing.eventProcessors().keySet().stream()
                .filter(name -> processing.sequencedDeadLetterProcessor(name).isPresent())
                .sorted()
                .toList();
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String group) {
        return processing.deadLetterQueue(group)
                .orElseThrow(() -> new NotFoundException("processing group with dead letters", group));
    }

    private static ParkedEvent view(String group, JdbcDeadLetter<?> letter) {
        EventMessage<?> event = letter.message();
        Optional<Cause> cause = letter.cause();
        String aggregateId = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        Map<String, Object> diagnostics = new TreeMap<>(letter.diagnostics());
        return new ParkedEvent(ParkedEvent.SOURCE, group, letter.getIdentifier(), letter.getSequenceIdentifier(),
                letter.getSequenceIndex(), event.getIdentifier(), event.getPayloadType().getName(), aggregateId,
                event.getTimestamp(), cause.map(Cause::type).orElse(null), cause.map(Cause::message).orElse(null),
                letter.enqueuedAt(), letter.lastTouched(), diagnostics, payload(event));
    }

    private static String payload(EventMessage<?> event) {
        try {
            return IntegrationJson.mapper().writeValueAsString(event.getPayload());
        } catch (Exception unreadable) {
            return null; // a payload type that no longer exists must not hide the dead letter
        }
    }
}
