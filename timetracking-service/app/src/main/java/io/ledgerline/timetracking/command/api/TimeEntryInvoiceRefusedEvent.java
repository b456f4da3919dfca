package io.ledgerline.timetracking.command.api;

/** An invoice named the entry but could not take its lock; kept so the refusal is on record. */
public record TimeEntryInvoiceRefusedEvent(String entryId, String invoiceId, String reason) {
}
