package io.ledgerline.task.command.api;

/** Someone commented on the task. */
public record TaskCommentedEvent(String taskId, String projectId, String commentId, String authorId, String text) {
}
