package io.ledgerline.task.command.api;

import io.ledgerline.task.api.UnassignmentReason;

/** An assignment ended. */
public record TaskUnassignedEvent(String taskId, String projectId, String userId, UnassignmentReason reason) {
}
