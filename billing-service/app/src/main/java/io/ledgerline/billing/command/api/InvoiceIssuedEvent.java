package io.ledgerline.billing.command.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A draft was issued with its number and due date; its entries are billed. It keeps the seller profile (and its
 * version) and the buyer as they were when it was issued, and its lines with the task titles known then; these are
 * null on invoices issued before they were recorded.
 */
public record InvoiceIssuedEvent(String invoiceId, String number, String clientId, String currency,
                                 LocalDate issuedOn, LocalDate dueOn, InvoiceTotals totals, List<String> entryIds,
                                 SellerDetails seller, Long sellerProfileVersion, BuyerDetails buyer,
                                 List<InvoiceLine> lines) {
}
