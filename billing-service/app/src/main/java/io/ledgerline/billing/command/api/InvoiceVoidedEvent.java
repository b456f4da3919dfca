package io.ledgerline.billing.command.api;

import java.util.List;

/** An issued invoice was voided; its number stays used, its entries are billable again. */
public record InvoiceVoidedEvent(String invoiceId, String number, String reason, List<String> entryIds) {
}
