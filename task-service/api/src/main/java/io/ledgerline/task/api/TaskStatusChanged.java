package io.ledgerline.task.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;

/**
 * A task moved along its workflow.
 *
 * @param taskId    the task
 * @param projectId the task's project
 * @param from      the status before
 * @param to        the status now
 */
@EventType("ledgerline.task.TaskStatusChanged.v1")
public record TaskStatusChanged(String taskId, String projectId, TaskStatus from, TaskStatus to)
        implements IntegrationEvent {
}
