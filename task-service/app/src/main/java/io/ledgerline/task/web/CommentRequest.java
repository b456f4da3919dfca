package io.ledgerline.task.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/tasks/{taskId}/comments}; the author is the caller. */
record CommentRequest(@NotBlank @Size(max = 10_000) String text) {
}
