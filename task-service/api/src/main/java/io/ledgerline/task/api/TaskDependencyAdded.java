package io.ledgerline.task.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;

/**
 * A task became blocked by another task of the same project; it cannot be DONE while the blocker is open.
 *
 * @param taskId        the blocked task
 * @param projectId     the project of both tasks
 * @param blockerTaskId the task that blocks it
 */
@EventType("ledgerline.task.TaskDependencyAdded.v1")
public record TaskDependencyAdded(String taskId, String projectId, String blockerTaskId) implements IntegrationEvent {
}
