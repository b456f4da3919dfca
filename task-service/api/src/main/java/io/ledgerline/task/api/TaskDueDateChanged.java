package io.ledgerline.task.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;
import java.time.LocalDate;

/**
 * A task's due date was set, moved or cleared.
 *
 * @param taskId    the task
 * @param projectId the task's project
 * @param dueDate   the new due date (ISO-8601 date), absent when it was cleared
 */
@EventType("ledgerline.task.TaskDueDateChanged.v1")
public record TaskDueDateChanged(String taskId, String projectId, LocalDate dueDate) implements IntegrationEvent {
}
