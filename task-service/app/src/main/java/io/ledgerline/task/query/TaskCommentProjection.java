package io.ledgerline.task.query;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.task.command.api.TaskCommentedEvent;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code task_comment}, in the order of the task's events. */
@Component
@ProcessingGroup(TaskSummaryProjection.GROUP)
class TaskCommentProjection {

    private final JdbcTemplate jdbc;

    TaskCommentProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TaskCommentedEvent event, @MetaDataValue(CallerContext.TENANT) String tenant,
            @SequenceNumber long position, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO task_comment (comment_id, task_id, tenant, author_id, text, position, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                event.commentId(), event.taskId(), tenant, event.authorId(), event.text(), position,
                Timestamp.from(at));
    }
}
