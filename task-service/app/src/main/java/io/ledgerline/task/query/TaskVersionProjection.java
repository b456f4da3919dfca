package io.ledgerline.task.query;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Moves a task's version (its ETag) to the sequence number of each of its events, whatever the event: one handler
 * for all, so that no new event type can forget it.
 */
@Component
@ProcessingGroup(TaskSummaryProjection.GROUP)
class TaskVersionProjection {

    private final JdbcTemplate jdbc;

    TaskVersionProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        jdbc.update("UPDATE task_summary SET version = ?, updated_at = ? WHERE task_id = ? AND version < ?",
                message.getSequenceNumber(), Timestamp.from(message.getTimestamp()),
                message.getAggregateIdentifier(), message.getSequenceNumber());
    }
}
