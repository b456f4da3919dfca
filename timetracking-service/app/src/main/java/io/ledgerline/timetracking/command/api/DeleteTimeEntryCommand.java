package io.ledgerline.timetracking.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Delete an entry that no lock holds. */
public record DeleteTimeEntryCommand(@TargetAggregateIdentifier String entryId,
                                     @TargetAggregateVersion Long expectedVersion) {
}
