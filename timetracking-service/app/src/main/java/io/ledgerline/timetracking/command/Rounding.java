package io.ledgerline.timetracking.command;

import io.ledgerline.timetracking.api.RoundingDirection;
import io.ledgerline.timetracking.api.RoundingRule;

/** Rounds raw minutes by a project's rule: to the unit, then up to the minimum, never past a day. */
public final class Rounding {

    static final int MAX_UNIT = 240;
    static final int DAY = 1440;

    private Rounding() {
    }

    /** The rounded minutes; without a rule, the raw ones. */
    public static int apply(RoundingRule rule, int rawMinutes) {
        if (rule == null) {
            return rawMinutes;
        }
        int unit = rule.unitMinutes();
        int rounded = switch (rule.direction()) {
            case UP -> (rawMinutes + unit - 1) / unit * unit;
            case DOWN -> rawMinutes / unit * unit;
            case NEAREST -> (rawMinutes + unit / 2) / unit * unit;
        };
        if (rule.minimumMinutes() != null) {
            rounded = Math.max(rounded, rule.minimumMinutes());
        }
        return Math.min(rounded, DAY);
    }

    /** Refuses a rule outside the limits: a unit of 1 to 240 minutes, a direction, a minimum of 0 to 1,440. */
    static void requireValid(RoundingRule rule) {
        if (rule == null) {
            return;
        }
        if (rule.unitMinutes() < 1 || rule.unitMinutes() > MAX_UNIT) {
            throw new IllegalArgumentException("a rounding unit is 1 to " + MAX_UNIT + " minutes");
        }
        if (rule.direction() == null) {
            throw new IllegalArgumentException("a rounding rule needs a direction: " + java.util.List.of(
                    RoundingDirection.values()));
        }
        if (rule.minimumMinutes() != null && (rule.minimumMinutes() < 0 || rule.minimumMinutes() > DAY)) {
            throw new IllegalArgumentException("a rounding minimum is 0 to " + DAY + " minutes");
        }
    }
}
