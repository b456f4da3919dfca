package io.ledgerline.billing.api;

import io.ledgerline.contract.EventCatalog;
import java.util.List;

/** The topic of billing-service and the events published on it. */
public final class BillingEvents {

    /** Everything billing-service publishes. */
    public static final EventCatalog CATALOG = new EventCatalog("ledgerline.billing.v1", "/ledgerline/billing-service",
            List.of(InvoiceDrafted.class, InvoiceIssued.class, InvoicePaymentRecorded.class, InvoicePaid.class, InvoiceVoided.class, CreditNoteIssued.class, BudgetThresholdCrossed.class));

    private BillingEvents() {
    }
}
