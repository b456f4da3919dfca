package io.ledgerline.billing.query;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One dimension of a budget in its current period.
 *
 * @param runsOutOn the day the budget runs out at the pace of the last 28 days, if it does within its period
 */
public record BudgetLine(BigDecimal budget, BigDecimal used, BigDecimal remaining, BigDecimal percentUsed,
                         BigDecimal dailyPace, LocalDate runsOutOn) {
}
