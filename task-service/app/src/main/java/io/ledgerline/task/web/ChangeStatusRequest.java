package io.ledgerline.task.web;

import io.ledgerline.task.api.TaskStatus;
import jakarta.validation.constraints.NotNull;

/** The body of {@code PUT /api/v1/tasks/{taskId}/status}. */
record ChangeStatusRequest(@NotNull TaskStatus status) {
}
