package io.ledgerline.timetracking.command.api;

/** A void arrived for an invoice that does not hold the entry; remembered so a late issue of it is refused. */
public record InvoiceVoidNotedEvent(String entryId, String invoiceId) {
}
