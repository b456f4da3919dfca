package io.ledgerline.timetracking.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Approve a submitted week, which locks its entries. */
public record ApproveTimesheetCommand(@TargetAggregateIdentifier String timesheetId,
                                      @TargetAggregateVersion Long expectedVersion) {
}
