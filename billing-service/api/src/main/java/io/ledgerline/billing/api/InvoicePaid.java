package io.ledgerline.billing.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;
import java.time.LocalDate;

/**
 * An invoice was paid in full.
 *
 * @param invoiceId the invoice
 * @param paidOn date of the last payment
 */
@EventType("ledgerline.billing.InvoicePaid.v1")
public record InvoicePaid(String invoiceId, LocalDate paidOn)
        implements IntegrationEvent {
}
