package io.ledgerline.billing.api;

/** What a budget counts. */
public enum BudgetDimension {
    HOURS, MONEY
}
