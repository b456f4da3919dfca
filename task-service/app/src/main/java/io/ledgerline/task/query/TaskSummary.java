package io.ledgerline.task.query;

import io.ledgerline.task.api.TaskPriority;
import java.time.Instant;

/** A task as the API shows it. */
public record TaskSummary(String taskId, String projectId, String title, String description, TaskPriority priority,
                          String status, long version, Instant createdAt) {
}
