package io.ledgerline.timetracking.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;
import java.util.List;

/**
 * Entries came off a voided invoice and are billable again.
 *
 * @param invoiceId the voided invoice
 * @param entryIds the entries released
 */
@EventType("ledgerline.time.TimeEntriesReleased.v1")
public record TimeEntriesReleased(String invoiceId, List<String> entryIds)
        implements IntegrationEvent {
}
