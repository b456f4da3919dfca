package io.ledgerline.billing.web;

import io.ledgerline.billing.query.InvoiceView;
import io.ledgerline.billing.query.Invoices;
import io.ledgerline.platform.context.CallerContexts;
import io.ledgerline.platform.web.ETags;
import io.ledgerline.platform.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Reads the caller's invoice after a change and answers with it and its ETag. */
@Component
class InvoiceResponses {

    private final Invoices invoices;

    InvoiceResponses(Invoices invoices) {
        this.invoices = invoices;
    }

    /** The caller's invoice as it is now; 404 when the caller's tenant has no such invoice. */
    InvoiceView current(String invoiceId) {
        return invoices.find(CallerContexts.require().tenant(), invoiceId)
                .orElseThrow(() -> new NotFoundException("invoice", invoiceId));
    }

    /** 200 with the caller's invoice and its version as ETag. */
    ResponseEntity<InvoiceView> ok(String invoiceId) {
        InvoiceView invoice = current(invoiceId);
        return ResponseEntity.ok().eTag(ETags.of(invoice.version())).body(invoice);
    }
}
