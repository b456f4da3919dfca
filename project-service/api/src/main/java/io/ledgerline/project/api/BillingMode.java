package io.ledgerline.project.api;

/** How work on a project is charged. */
public enum BillingMode {
    /** Hours are billed at the rate in force on the day they were worked. */
    TIME_AND_MATERIALS,
    /** A fixed fee is billed; hours are tracked against the budget but not billed. */
    FIXED_FEE,
    /** Nothing is billed. */
    NON_BILLABLE
}
