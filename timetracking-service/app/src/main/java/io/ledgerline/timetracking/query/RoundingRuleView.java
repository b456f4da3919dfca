package io.ledgerline.timetracking.query;

import io.ledgerline.timetracking.api.RoundingRule;

/** A project's rounding rule for new entries ({@code rule} null: none); {@code version} is its ETag. */
public record RoundingRuleView(String projectId, RoundingRule rule, long version) {
}
