package io.ledgerline.task.query;

import io.ledgerline.task.api.TaskPriority;
import io.ledgerline.task.api.TaskStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A task as the API shows it; {@code version} is its ETag. */
public record TaskSummary(String taskId, String projectId, String title, String description, TaskPriority priority,
                          TaskStatus status, BigDecimal estimateHours, LocalDate dueDate, List<String> assignees,
                          List<String> blockedBy, long version, Instant createdAt, Instant updatedAt) {
}
