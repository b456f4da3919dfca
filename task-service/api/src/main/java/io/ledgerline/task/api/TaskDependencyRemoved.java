package io.ledgerline.task.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;

/**
 * A task is no longer blocked by another task.
 *
 * @param taskId        the formerly blocked task
 * @param projectId     the project of both tasks
 * @param blockerTaskId the task that blocked it
 */
@EventType("ledgerline.task.TaskDependencyRemoved.v1")
public record TaskDependencyRemoved(String taskId, String projectId, String blockerTaskId)
        implements IntegrationEvent {
}
