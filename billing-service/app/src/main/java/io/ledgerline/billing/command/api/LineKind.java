package io.ledgerline.billing.command.api;

/** What an invoice line bills. */
public enum LineKind {
    TIME, FIXED_FEE, MANUAL
}
