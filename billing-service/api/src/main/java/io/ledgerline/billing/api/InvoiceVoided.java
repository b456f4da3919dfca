package io.ledgerline.billing.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;
import java.util.List;

/**
 * An issued, unpaid invoice was voided; its time entries are billable again.
 *
 * @param invoiceId the invoice
 * @param number its number, which stays used
 * @param reason why
 * @param timeEntryIds the time entries released
 */
@EventType("ledgerline.billing.InvoiceVoided.v1")
public record InvoiceVoided(String invoiceId, String number, String reason, List<String> timeEntryIds)
        implements IntegrationEvent {
}
