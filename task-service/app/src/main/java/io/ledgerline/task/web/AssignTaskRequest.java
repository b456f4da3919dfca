package io.ledgerline.task.web;

import io.ledgerline.platform.web.UserIds;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/tasks/{taskId}/assignees}: a current member of the task's project. */
record AssignTaskRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = UserIds.PATTERN, message = UserIds.MESSAGE) String userId) {
}
