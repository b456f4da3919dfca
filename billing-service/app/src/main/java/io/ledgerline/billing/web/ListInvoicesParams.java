package io.ledgerline.billing.web;

import io.ledgerline.billing.command.api.InvoiceStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The query of {@code GET /api/v1/invoices}: filters, then a page of at most 100 invoices (20 unless asked). */
record ListInvoicesParams(String clientId, InvoiceStatus status, @Min(0) Integer page, @Min(1) @Max(100) Integer size) {

    int pageOrFirst() {
        return page == null ? 0 : page;
    }

    int sizeOrDefault() {
        return size == null ? 20 : size;
    }
}
