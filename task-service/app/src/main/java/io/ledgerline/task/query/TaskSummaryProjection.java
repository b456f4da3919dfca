package io.ledgerline.task.query;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.task.api.TaskStatus;
import io.ledgerline.task.command.api.TaskCreatedEvent;
import io.ledgerline.task.command.api.TaskDueDateChangedEvent;
import io.ledgerline.task.command.api.TaskEstimatedEvent;
import io.ledgerline.task.command.api.TaskStatusChangedEvent;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code task_summary}, one row per task, scoped by tenant; {@link TaskVersionProjection} keeps versions. */
@Component
@ProcessingGroup(TaskSummaryProjection.GROUP)
class TaskSummaryProjection {

    static final String GROUP = "task-summary";

    private final JdbcTemplate jdbc;

    TaskSummaryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TaskCreatedEvent event, @MetaDataValue(CallerContext.TENANT) String tenant, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO task_summary (task_id, tenant, project_id, title, description, priority, status, version,
                    created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (task_id) DO NOTHING""",
                event.taskId(), tenant, event.projectId(), event.title(), event.description(),
                event.priority().name(), TaskStatus.TODO.name(), version, Timestamp.from(at), Timestamp.from(at));
    }

    @EventHandler
    void on(TaskStatusChangedEvent event) {
        jdbc.update("UPDATE task_summary SET status = ? WHERE task_id = ?", event.to().name(), event.taskId());
    }

    @EventHandler
    void on(TaskEstimatedEvent event) {
        jdbc.update("UPDATE task_summary SET estimate_hours = ? WHERE task_id = ?", event.estimateHours(),
                event.taskId());
    }

    @EventHandler
    void on(TaskDueDateChangedEvent event) {
        jdbc.update("UPDATE task_summary SET due_date = ? WHERE task_id = ?",
                event.dueDate() == null ? null : Date.valueOf(event.dueDate()), event.taskId());
    }
}
