package io.ledgerline.timetracking.web;

import io.ledgerline.timetracking.api.RoundingDirection;
import io.ledgerline.timetracking.api.RoundingRule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The body of {@code PUT /api/v1/time-entries/rounding-rules/{projectId}}. */
record RoundingRuleRequest(
        @NotNull @Min(1) @Max(240) Integer unitMinutes,
        @NotNull RoundingDirection direction,
        @Min(0) @Max(1440) Integer minimumMinutes) {

    RoundingRule rule() {
        return new RoundingRule(unitMinutes, direction, minimumMinutes);
    }
}
