package io.ledgerline.billing.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;
import java.math.BigDecimal;

/**
 * A project's budget burn crossed 50, 80 or 100 percent; once per threshold and period.
 *
 * @param projectId the project
 * @param thresholdPercent the threshold crossed
 * @param dimension hours or money
 * @param period the month (YYYY-MM) of a monthly budget, or total
 * @param used burn so far
 * @param budget the budget
 * @param currency for MONEY
 */
@EventType("ledgerline.billing.BudgetThresholdCrossed.v1")
public record BudgetThresholdCrossed(String projectId, int thresholdPercent, BudgetDimension dimension,
        String period, BigDecimal used, BigDecimal budget, String currency)
        implements IntegrationEvent {
}
