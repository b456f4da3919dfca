package io.ledgerline.timetracking.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/** The body of {@code PATCH /api/v1/time-entries/{id}}: the fields to change; absent ones stay. */
record AdjustTimeEntryRequest(
        @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String taskId,
        LocalDate date,
        @Min(1) @Max(1440) Integer minutes,
        Instant startedAt,
        Instant endedAt,
        @Size(max = 2000) String description,
        Boolean billable) {
}
