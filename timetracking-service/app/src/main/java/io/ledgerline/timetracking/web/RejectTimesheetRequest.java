package io.ledgerline.timetracking.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/timesheets/{userId}/{isoWeek}/reject}. */
record RejectTimesheetRequest(@NotBlank @Size(max = 2000) String reason) {
}
