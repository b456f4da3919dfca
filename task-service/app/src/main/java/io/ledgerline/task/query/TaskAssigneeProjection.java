package io.ledgerline.task.query;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.task.command.api.TaskAssignedEvent;
import io.ledgerline.task.command.api.TaskUnassignedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code task_assignee}: who is assigned to which task. */
@Component
@ProcessingGroup(TaskSummaryProjection.GROUP)
class TaskAssigneeProjection {

    private final JdbcTemplate jdbc;

    TaskAssigneeProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TaskAssignedEvent event, @MetaDataValue(CallerContext.TENANT) String tenant) {
        jdbc.update("""
                INSERT INTO task_assignee (task_id, user_id, tenant, project_id) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", event.taskId(), event.userId(), tenant, event.projectId());
    }

    @EventHandler
    void on(TaskUnassignedEvent event) {
        jdbc.update("DELETE FROM task_assignee WHERE task_id = ? AND user_id = ?", event.taskId(), event.userId());
    }
}
