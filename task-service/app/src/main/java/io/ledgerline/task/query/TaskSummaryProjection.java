package io.ledgerline.task.query;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.task.command.api.TaskCreatedEvent;
import io.ledgerline.task.command.api.TaskStatus;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code task_summary}, one row per task, scoped by tenant. */
@Component
@ProcessingGroup("task-summary")
class TaskSummaryProjection {

    private final JdbcTemplate jdbc;

    TaskSummaryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TaskCreatedEvent event, @MetaDataValue(CallerContext.TENANT) String tenant, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO task_summary (task_id, tenant, project_id, title, description, priority, status, version,
                    created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (task_id) DO NOTHING""",
                event.taskId(), tenant, event.projectId(), event.title(), event.description(),
                event.priority().name(), TaskStatus.TODO.name(), version, Timestamp.from(at));
    }
}
