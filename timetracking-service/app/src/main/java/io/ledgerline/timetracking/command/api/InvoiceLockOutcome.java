package io.ledgerline.timetracking.command.api;

/** What asking an entry to take or drop an invoice's lock did. */
public enum InvoiceLockOutcome {
    /** The invoice now holds the entry. */
    LOCKED,
    /** The invoice already held it: a repeat, nothing changed. */
    ALREADY_HELD,
    /** The entry refused the lock (held by another invoice, voided invoice, deleted or unknown entry). */
    REFUSED,
    /** The invoice no longer holds the entry. */
    RELEASED,
    /** The invoice did not hold the entry: nothing to release. */
    NOT_HELD
}
