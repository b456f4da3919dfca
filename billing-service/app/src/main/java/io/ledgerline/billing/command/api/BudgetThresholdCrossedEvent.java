package io.ledgerline.billing.command.api;

import io.ledgerline.billing.api.BudgetDimension;
import java.math.BigDecimal;

/** A project's budget burn crossed a threshold in a period, for the first and only time. */
public record BudgetThresholdCrossedEvent(String projectId, int thresholdPercent, BudgetDimension dimension,
                                          String period, BigDecimal used, BigDecimal budget, String currency) {
}
