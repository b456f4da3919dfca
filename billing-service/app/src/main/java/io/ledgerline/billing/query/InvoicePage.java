package io.ledgerline.billing.query;

import java.util.List;

/** One page of invoices, newest first, with how many match in all. */
public record InvoicePage(List<InvoiceView> items, int page, int size, long total) {
}
