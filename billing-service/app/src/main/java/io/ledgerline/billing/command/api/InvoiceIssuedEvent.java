package io.ledgerline.billing.command.api;

import java.time.LocalDate;
import java.util.List;

/** A draft was issued with its number and due date; its entries are billed. */
public record InvoiceIssuedEvent(String invoiceId, String number, String clientId, String currency,
                                 LocalDate issuedOn, LocalDate dueOn, InvoiceTotals totals, List<String> entryIds) {
}
