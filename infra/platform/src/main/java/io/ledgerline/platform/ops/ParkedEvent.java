package io.ledgerline.platform.ops;

import java.time.Instant;
import java.util.Map;

/**
 * An event parked in Axon's dead-letter queue of a processing group, as {@code GET /api/v1/ops/dead-letters} lists it
 * beside the Kafka dead letters.
 *
 * @param source             always {@code processing-group}
 * @param processingGroup    the group whose handler failed
 * @param id                 the dead letter's id: with the group, what retry and evict take
 * @param sequenceIdentifier the sequence it holds up (the aggregate id): later events of it are parked behind it
 * @param sequenceIndex      its place in that sequence (ascending)
 * @param eventId            the stored event's identifier
 * @param eventType          the event's payload type
 * @param aggregateId        the aggregate that applied it, if any
 * @param timestamp          when the event was stored
 * @param exception          the failure's class; null for an event parked only because its sequence was
 * @param reason             the failure's message
 * @param enqueuedAt         when it was parked
 * @param lastTouched        when it was parked or last retried
 * @param diagnostics        what the parking policy noted, such as {@code failures}
 * @param payload            the event as JSON, when it can still be read
 */
public record ParkedEvent(String source, String processingGroup, String id, String sequenceIdentifier,
                          long sequenceIndex, String eventId, String eventType, String aggregateId, Instant timestamp,
                          String exception, String reason, Instant enqueuedAt, Instant lastTouched,
                          Map<String, Object> diagnostics, String payload) {

    static final String SOURCE = "processing-group";
}
