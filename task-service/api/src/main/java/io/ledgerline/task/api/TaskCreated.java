package io.ledgerline.task.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;

/**
 * A task was created in a project; it starts in status TODO.
 *
 * @param taskId      the task's id
 * @param projectId   the project the task belongs to
 * @param title       1 to 200 characters
 * @param description up to 10,000 characters, if any
 * @param priority    how urgent the task is
 */
@EventType("ledgerline.task.TaskCreated.v1")
public record TaskCreated(String taskId, String projectId, String title, String description, TaskPriority priority)
        implements IntegrationEvent {
}
