package io.ledgerline.timetracking.command.api;

/** The voided invoice that held the entry let it go. */
public record TimeEntryReleasedEvent(String entryId, String invoiceId) {
}
