package io.ledgerline.task.web;

import io.ledgerline.task.api.TaskPriority;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/tasks}. */
record CreateTaskRequest(
        @NotNull @Pattern(regexp = "[0-9a-fA-F-]{36}", message = "must be a UUID") String projectId,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 10_000) String description,
        TaskPriority priority) {
}
