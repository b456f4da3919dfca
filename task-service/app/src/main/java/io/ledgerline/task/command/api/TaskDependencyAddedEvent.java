package io.ledgerline.task.command.api;

/** The task became blocked by another task of its project. */
public record TaskDependencyAddedEvent(String taskId, String projectId, String blockerTaskId) {
}
