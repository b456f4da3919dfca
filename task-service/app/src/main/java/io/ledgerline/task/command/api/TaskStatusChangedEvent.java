package io.ledgerline.task.command.api;

import io.ledgerline.task.api.TaskStatus;

/** The task moved along its workflow. */
public record TaskStatusChangedEvent(String taskId, String projectId, TaskStatus from, TaskStatus to) {
}
