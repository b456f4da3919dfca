package io.ledgerline.task.web;

import java.time.LocalDate;

/** The body of {@code PUT /api/v1/tasks/{taskId}/due-date}; a null date clears it. */
record DueDateRequest(LocalDate dueDate) {
}
