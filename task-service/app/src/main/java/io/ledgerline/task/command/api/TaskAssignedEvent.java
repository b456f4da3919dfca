package io.ledgerline.task.command.api;

/** A member was assigned to the task. */
public record TaskAssignedEvent(String taskId, String projectId, String userId) {
}
