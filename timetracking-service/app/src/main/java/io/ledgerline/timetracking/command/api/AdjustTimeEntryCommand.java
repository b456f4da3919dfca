package io.ledgerline.timetracking.command.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Change an entry; a null field stays as it is. */
public record AdjustTimeEntryCommand(@TargetAggregateIdentifier String entryId, String taskId, LocalDate date,
                                     Integer minutes, Instant startedAt, Instant endedAt, String description,
                                     Boolean billable, @TargetAggregateVersion Long expectedVersion) {
}
