package io.ledgerline.billing.command;

import java.util.Optional;

/** The issued invoices credit notes refer to. */
public interface InvoiceBook {

    /** The tenant's invoice, locked until the caller's transaction ends so that credits cannot race. */
    Optional<CreditableInvoice> lockForCredit(String tenant, String invoiceId);
}
