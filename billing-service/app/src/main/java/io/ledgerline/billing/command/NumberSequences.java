package io.ledgerline.billing.command;

/** Gapless numbers per tenant, kind and year, taken inside the transaction that uses them. */
public interface NumberSequences {

    /** The next number; if the transaction rolls back, so does the number, which the next issuer then takes. */
    long next(String tenant, String kind, int year);
}
