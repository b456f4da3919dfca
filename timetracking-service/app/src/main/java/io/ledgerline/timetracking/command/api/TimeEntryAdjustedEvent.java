package io.ledgerline.timetracking.command.api;

import io.ledgerline.timetracking.api.RoundingRule;
import java.time.Instant;
import java.time.LocalDate;

/** An entry changed; carries the entry as it is now. */
public record TimeEntryAdjustedEvent(String entryId, String userId, String projectId, String taskId, LocalDate date,
                                     Instant startedAt, Instant endedAt, int rawMinutes, int roundedMinutes,
                                     RoundingRule rounding, String description, boolean billable) {
}
