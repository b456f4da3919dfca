package io.ledgerline.timetracking.command.api;

/** The invoice now holds the entry: it can no longer change until released. */
public record TimeEntryInvoicedEvent(String entryId, String invoiceId) {
}
