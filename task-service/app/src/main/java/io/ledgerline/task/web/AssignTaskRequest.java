package io.ledgerline.task.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/tasks/{taskId}/assignees}: a current member of the task's project. */
record AssignTaskRequest(@NotBlank @Size(max = 100) String userId) {
}
