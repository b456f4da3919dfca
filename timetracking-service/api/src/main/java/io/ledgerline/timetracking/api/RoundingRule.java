package io.ledgerline.timetracking.api;

/**
 * A project's rounding rule for new entries.
 *
 * @param unitMinutes the unit durations are rounded to
 * @param direction which way
 * @param minimumMinutes the least an entry counts for, if any
 */
public record RoundingRule(
        int unitMinutes,
        RoundingDirection direction,
        Integer minimumMinutes) {
}
