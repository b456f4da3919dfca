package io.ledgerline.timetracking.web;

import io.ledgerline.platform.web.UserIds;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The body of {@code POST /api/v1/time-entries}: {@code minutes} on {@code date}, or {@code startedAt} to
 * {@code endedAt}; {@code userId} defaults to the caller, {@code billable} to the project's billing mode.
 */
record LogTimeRequest(
        @Size(min = 1, max = 100) @Pattern(regexp = UserIds.PATTERN, message = UserIds.MESSAGE) String userId,
        @NotNull @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String taskId,
        LocalDate date,
        @Min(1) @Max(1440) Integer minutes,
        Instant startedAt,
        Instant endedAt,
        @Size(max = 2000) String description,
        Boolean billable) {
}
