package io.ledgerline.platform.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.platform.context.CallerContexts;
import io.ledgerline.platform.web.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads an aggregate's events for the caller's tenant; another tenant's aggregate does not exist. */
public class EventHistory {

    private static final String EVENTS = """
            SELECT sequence_number, payload_type, time_stamp, event_identifier,
                   convert_from(payload, 'UTF8') AS payload, convert_from(meta_data, 'UTF8') AS meta_data
            FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""";

    private final JdbcTemplate jdbc;
    private final EventStore eventStore;
    private final ObjectMapper json;

    EventHistory(JdbcTemplate jdbc, EventStore eventStore, ObjectMapper json) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
        this.json = json;
    }

    /** Every event of the aggregate, oldest first, with who caused it and in which request. */
    public List<HistoryEntry> of(String aggregateId) {
        List<Row> rows = jdbc.query(EVENTS, this::row, aggregateId);
        if (rows.isEmpty() || !callerOwns(rows.get(0).metaData().path(CallerContext.TENANT).asText(null))) {
            throw new NotFoundException("aggregate", aggregateId);
        }
        return rows.stream().map(Row::entry).toList();
    }

    /**
     * The aggregate's events stored at or before {@code asOf}, oldest first, read from its first event (never from a
     * snapshot). Fails with 404 when the aggregate did not exist then or belongs to another tenant.
     */
    public List<DomainEventMessage<?>> until(String aggregateId, Instant asOf) {
        List<DomainEventMessage<?>> events = eventStore.readEvents(aggregateId, 0L).asStream()
                .takeWhile(event -> !event.getTimestamp().isAfter(asOf))
                .<DomainEventMessage<?>>map(event -> event)
                .toList();
        if (events.isEmpty() || !callerOwns(CallerContext.of(events.get(0).getMetaData())
                .map(CallerContext::tenant).orElse(null))) {
            throw new NotFoundException("aggregate", aggregateId + " as of " + asOf);
        }
        return events;
    }

    private static boolean callerOwns(String tenant) {
        return Objects.equals(tenant, CallerContexts.require().tenant());
    }

    private Row row(ResultSet row, int index) throws SQLException {
        JsonNode metaData = tree(row.getString("meta_data"));
        String payloadType = row.getString("payload_type");
        String name = payloadType.substring(payloadType.lastIndexOf('.') + 1).replaceFirst("Event$", "");
        return new Row(metaData, new HistoryEntry(row.getLong("sequence_number"), name,
                Instant.parse(row.getString("time_stamp")), metaData.path(CallerContext.ACTOR).asText(null),
                metaData.path(CallerContext.CORRELATION_ID).asText(null),
                metaData.path(CallerContext.CAUSATION_ID).asText(null), row.getString("event_identifier"),
                tree(row.getString("payload"))));
    }

    private JsonNode tree(String text) {
        try {
            return text == null ? json.createObjectNode() : json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the event store holds JSON that does not parse", e);
        }
    }

    private record Row(JsonNode metaData, HistoryEntry entry) {
    }
}
