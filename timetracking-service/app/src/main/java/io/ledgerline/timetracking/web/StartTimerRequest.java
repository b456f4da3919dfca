package io.ledgerline.timetracking.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/timers/start}. */
record StartTimerRequest(
        @NotNull @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String taskId,
        @Size(max = 2000) String description) {
}
