package io.ledgerline.billing.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice draft was made for a client and period.
 *
 * @param invoiceId the invoice
 * @param clientId the client
 * @param currency the invoice's one currency
 * @param periodFrom first day of the period
 * @param periodTo last day of the period
 * @param timeEntryIds the time entries on the draft
 */
@EventType("ledgerline.billing.InvoiceDrafted.v1")
public record InvoiceDrafted(String invoiceId, String clientId, String currency, LocalDate periodFrom,
        LocalDate periodTo, List<String> timeEntryIds)
        implements IntegrationEvent {
}
