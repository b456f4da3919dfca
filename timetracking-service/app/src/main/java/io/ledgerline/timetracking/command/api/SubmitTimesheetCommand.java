package io.ledgerline.timetracking.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Submit a user's week for approval. */
public record SubmitTimesheetCommand(@TargetAggregateIdentifier String timesheetId, String userId, IsoWeek week,
                                     @TargetAggregateVersion Long expectedVersion) {
}
