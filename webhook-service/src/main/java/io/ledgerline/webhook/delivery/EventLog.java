package io.ledgerline.webhook.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code webhook_event}: every event received, kept for deliveries, redeliveries and replays. */
public class EventLog {

    private final JdbcTemplate jdbc;

    public EventLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the event; false when an event with its id is already stored. */
    public boolean store(StoredEvent event) {
        return jdbc.update("""
                INSERT INTO webhook_event (event_id, tenant, topic, event_type, source, subject, event_time,
                    occurred_at, data_content_type, actor, correlation_id, causation_id, data)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""",
                event.id(), event.tenant(), event.topic(), event.type(), event.source(), event.subject(),
                event.time(), Timestamp.from(event.occurredAt()), event.dataContentType(), event.actor(),
                event.correlationId(), event.causationId(), event.data()) == 1;
    }

    /** The tenant's events since an instant that the webhook selects, in the order they were received. */
    List<StoredEvent> selectedSince(String tenant, String subscriptionId, Instant from) {
        return jdbc.query("""
                SELECT e.* FROM webhook_event e
                WHERE e.tenant = ? AND e.occurred_at >= ? AND EXISTS (SELECT 1 FROM webhook_subscription_type t
                    WHERE t.subscription_id = ? AND """ + Deliveries.TYPE_MATCHES + """
                ) ORDER BY e.event_seq""", EventLog::map, tenant, Timestamp.from(from), subscriptionId);
    }

    private static StoredEvent map(ResultSet row, int number) throws SQLException {
        return new StoredEvent(row.getString("event_id"), row.getString("tenant"), row.getString("topic"),
                row.getString("event_type"), row.getString("source"), row.getString("subject"),
                row.getString("event_time"), row.getTimestamp("occurred_at").toInstant(),
                row.getString("data_content_type"), row.getString("actor"), row.getString("correlation_id"),
                row.getString("causation_id"), row.getBytes("data"));
    }
}
