package io.ledgerline.billing.command;

import java.util.Collection;

/** Who bills what: each time entry and fixed fee is claimed by at most one issued invoice. */
public interface BillingClaims {

    /**
     * Claims the keys for the invoice in the caller's transaction; fails with {@link IllegalStateException}, naming
     * the key and the invoice that holds it, when another invoice claimed one first.
     */
    void claim(String tenant, String invoiceId, Collection<String> keys);

    /** Releases every claim of the invoice, so that its work is billable again. */
    void release(String tenant, String invoiceId);
}
