package io.ledgerline.task.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;

/**
 * A current member of the task's project was assigned to the task; a task may have several assignees.
 *
 * @param taskId    the task
 * @param projectId the task's project
 * @param userId    the assignee
 */
@EventType("ledgerline.task.TaskAssigned.v1")
public record TaskAssigned(String taskId, String projectId, String userId) implements IntegrationEvent {
}
