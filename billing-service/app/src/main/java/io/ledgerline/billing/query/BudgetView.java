package io.ledgerline.billing.query;

/** A project's budget as the API shows it: hours and money, each with a forecast; absent dimensions have no budget. */
public record BudgetView(String projectId, String currency, boolean resetsMonthly, String period, BudgetLine hours,
                         BudgetLine money) {
}
