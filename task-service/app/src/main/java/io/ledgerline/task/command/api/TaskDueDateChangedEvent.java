package io.ledgerline.task.command.api;

import java.time.LocalDate;

/** The task's due date was set, moved or cleared (null). */
public record TaskDueDateChangedEvent(String taskId, String projectId, LocalDate dueDate) {
}
