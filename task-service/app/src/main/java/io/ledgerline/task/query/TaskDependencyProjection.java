package io.ledgerline.task.query;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.task.command.api.TaskDependencyAddedEvent;
import io.ledgerline.task.command.api.TaskDependencyRemovedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code task_dependency}, the graph {@link DependencyGraph} walks to refuse cycles. */
@Component
@ProcessingGroup(TaskSummaryProjection.GROUP)
class TaskDependencyProjection {

    private final JdbcTemplate jdbc;

    TaskDependencyProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TaskDependencyAddedEvent event, @MetaDataValue(CallerContext.TENANT) String tenant) {
        jdbc.update("""
                INSERT INTO task_dependency (task_id, blocker_id, tenant, project_id) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", event.taskId(), event.blockerTaskId(), tenant, event.projectId());
    }

    @EventHandler
    void on(TaskDependencyRemovedEvent event) {
        jdbc.update("DELETE FROM task_dependency WHERE task_id = ? AND blocker_id = ?", event.taskId(),
                event.blockerTaskId());
    }
}
