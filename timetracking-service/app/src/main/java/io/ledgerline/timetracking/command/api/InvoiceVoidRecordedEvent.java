package io.ledgerline.timetracking.command.api;

import java.util.List;

/** A voided invoice and the entries it released. */
public record InvoiceVoidRecordedEvent(String invoiceId, List<String> releasedEntryIds) {
}
