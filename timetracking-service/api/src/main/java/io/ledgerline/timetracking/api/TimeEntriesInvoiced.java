package io.ledgerline.timetracking.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;
import java.util.List;

/**
 * Entries were put on an issued invoice and can no longer change.
 *
 * @param invoiceId the invoice
 * @param entryIds the entries now invoiced
 */
@EventType("ledgerline.time.TimeEntriesInvoiced.v1")
public record TimeEntriesInvoiced(String invoiceId, List<String> entryIds)
        implements IntegrationEvent {
}
