package io.ledgerline.task.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The body of {@code POST /api/v1/tasks/{taskId}/dependencies}: the task that blocks this one. */
record AddDependencyRequest(@NotNull @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String blockerTaskId) {
}
