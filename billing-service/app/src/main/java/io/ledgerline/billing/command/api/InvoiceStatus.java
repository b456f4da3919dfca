package io.ledgerline.billing.command.api;

/** Where an invoice is in its life: DRAFT until issued, then paid in part or in full, or voided. */
public enum InvoiceStatus {
    DRAFT, ISSUED, PARTIALLY_PAID, PAID, VOID
}
