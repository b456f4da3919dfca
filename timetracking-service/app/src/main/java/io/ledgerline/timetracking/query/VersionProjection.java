package io.ledgerline.timetracking.query;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Moves the version (the ETag) of an entry, a timesheet or a rounding rule to the sequence number of each of its
 * events, whatever the event: one handler for all, so that no new event type can forget it.
 */
@Component
@ProcessingGroup(TimeEntryProjection.GROUP)
class VersionProjection {

    private final JdbcTemplate jdbc;

    VersionProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        String id = message.getAggregateIdentifier();
        long version = message.getSequenceNumber();
        Timestamp at = Timestamp.from(message.getTimestamp());
        switch (message.getType()) {
            case "TimeEntry" -> jdbc.update("""
                    UPDATE time_entry SET version = ?, updated_at = ? WHERE entry_id = ? AND version < ?""",
                    version, at, id, version);
            case "Timesheet" -> jdbc.update("""
                    UPDATE timesheet SET version = ?, updated_at = ? WHERE timesheet_id = ? AND version < ?""",
                    version, at, id, version);
            case "ProjectRounding" -> jdbc.update("""
                    UPDATE rounding_rule SET version = ? WHERE project_id = ? AND version < ?""", version, id, version);
            default -> {
                // InvoiceLock has no read model with a version
            }
        }
    }
}
