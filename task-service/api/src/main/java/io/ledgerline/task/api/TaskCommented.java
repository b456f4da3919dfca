package io.ledgerline.task.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;

/**
 * Someone commented on a task; comments are kept in the order they were made.
 *
 * @param taskId    the task
 * @param projectId the task's project
 * @param commentId the comment's id
 * @param authorId  the user or client who wrote it (the caller)
 * @param text      1 to 10,000 characters
 */
@EventType("ledgerline.task.TaskCommented.v1")
public record TaskCommented(String taskId, String projectId, String commentId, String authorId, String text)
        implements IntegrationEvent {
}
