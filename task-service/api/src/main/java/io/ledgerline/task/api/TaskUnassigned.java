package io.ledgerline.task.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;

/**
 * An assignment ended.
 *
 * @param taskId    the task
 * @param projectId the task's project
 * @param userId    the former assignee
 * @param reason    why it ended: taken off the task, or the assignee left the project
 */
@EventType("ledgerline.task.TaskUnassigned.v1")
public record TaskUnassigned(String taskId, String projectId, String userId, UnassignmentReason reason)
        implements IntegrationEvent {
}
