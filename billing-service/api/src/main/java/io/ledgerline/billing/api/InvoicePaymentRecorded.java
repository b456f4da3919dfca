package io.ledgerline.billing.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment was recorded against an issued invoice.
 *
 * @param invoiceId the invoice
 * @param paymentId the payment
 * @param amount amount paid
 * @param currency the currency
 * @param receivedOn when it was received
 * @param outstanding what remains due
 */
@EventType("ledgerline.billing.InvoicePaymentRecorded.v1")
public record InvoicePaymentRecorded(String invoiceId, String paymentId, BigDecimal amount, String currency,
        LocalDate receivedOn, BigDecimal outstanding)
        implements IntegrationEvent {
}
