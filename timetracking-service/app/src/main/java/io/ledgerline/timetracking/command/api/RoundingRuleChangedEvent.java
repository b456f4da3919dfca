package io.ledgerline.timetracking.command.api;

import io.ledgerline.timetracking.api.RoundingRule;

/** A project's rounding rule for new entries changed; null means no rounding. */
public record RoundingRuleChangedEvent(String projectId, RoundingRule rule) {
}
