package io.ledgerline.task.command.api;

import io.ledgerline.task.api.TaskPriority;

/** A task was created. */
public record TaskCreatedEvent(String taskId, String projectId, String title, String description,
                               TaskPriority priority) {
}
