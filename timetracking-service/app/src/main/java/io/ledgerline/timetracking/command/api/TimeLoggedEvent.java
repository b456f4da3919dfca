package io.ledgerline.timetracking.command.api;

import io.ledgerline.timetracking.api.RoundingRule;
import java.time.Instant;
import java.time.LocalDate;

/** Time was logged, by hand or by stopping a timer; raw and rounded minutes are both kept. */
public record TimeLoggedEvent(String entryId, String userId, String projectId, String taskId, LocalDate date,
                              Instant startedAt, Instant endedAt, int rawMinutes, int roundedMinutes,
                              RoundingRule rounding, String description, boolean billable, String loggedBy) {
}
