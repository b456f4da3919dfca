package io.ledgerline.timetracking.command.api;

import java.util.List;

/** An issued invoice's locks: the entries it holds and those that refused it. */
public record InvoiceIssueRecordedEvent(String invoiceId, List<String> heldEntryIds, List<String> refusedEntryIds) {
}
