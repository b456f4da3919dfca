package io.ledgerline.timetracking.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Reject a submitted week with a reason, which unlocks its entries. */
public record RejectTimesheetCommand(@TargetAggregateIdentifier String timesheetId, String reason,
                                     @TargetAggregateVersion Long expectedVersion) {
}
