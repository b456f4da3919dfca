package io.ledgerline.task.command.api;

/** The task is no longer blocked by another task. */
public record TaskDependencyRemovedEvent(String taskId, String projectId, String blockerTaskId) {
}
