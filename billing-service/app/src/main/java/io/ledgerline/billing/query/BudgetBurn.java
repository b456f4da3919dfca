package io.ledgerline.billing.query;

import io.ledgerline.billing.api.BudgetDimension;
import java.math.BigDecimal;

/** How much of one dimension of a project's budget a period has used. */
public record BudgetBurn(String projectId, BudgetDimension dimension, String period, BigDecimal used,
                         BigDecimal budget, String currency) {

    /** Whether the burn has reached the first threshold (50 %), below which no alert can be due. */
    public boolean worthReporting() {
        return budget != null && budget.signum() > 0
                && used.multiply(BigDecimal.valueOf(2)).compareTo(budget) >= 0;
    }
}
