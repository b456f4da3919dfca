package io.ledgerline.platform.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One stored event as the audit history shows it.
 *
 * @param version       the aggregate's version after this event (its sequence number)
 * @param type          the event's name, such as {@code ProjectMemberAdded}
 * @param time          when it was stored
 * @param actor         who caused it
 * @param correlationId the request it belongs to
 * @param causationId   the message that caused it
 * @param eventId       the event's unique id (the {@code ce_id} of what was published for it)
 * @param payload       the event's data as stored
 */
public record HistoryEntry(long version, String type, Instant time, String actor, String correlationId,
                           String causationId, String eventId, JsonNode payload) {
}
