package io.ledgerline.timetracking.command.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Log time for a user against a task: either {@code minutes} on {@code date}, or {@code startedAt} to {@code endedAt}
 * on one date; {@code billable} null takes the project's default.
 */
public record LogTimeCommand(@TargetAggregateIdentifier String entryId, String userId, String taskId, LocalDate date,
                             Integer minutes, Instant startedAt, Instant endedAt, String description,
                             Boolean billable) {
}
