package io.ledgerline.billing.query;

import io.ledgerline.platform.security.MoneyField;

/**
 * A project's budget as the API shows it: hours and money, each with a forecast; absent dimensions have no budget.
 * The money dimension is left out for callers without money rights (an {@code api.read} client without
 * {@code finance.read}).
 */
public record BudgetView(String projectId, String currency, boolean resetsMonthly, String period, BudgetLine hours,
                         @MoneyField BudgetLine money) {
}
