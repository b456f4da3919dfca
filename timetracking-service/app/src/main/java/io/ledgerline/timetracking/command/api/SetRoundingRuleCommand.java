package io.ledgerline.timetracking.command.api;

import io.ledgerline.timetracking.api.RoundingRule;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Set the rounding rule of a project's new entries; a null rule stops rounding. */
public record SetRoundingRuleCommand(@TargetAggregateIdentifier String projectId, RoundingRule rule,
                                     @TargetAggregateVersion Long expectedVersion) {
}
