package io.ledgerline.billing.command.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment was recorded against an issued invoice. */
public record InvoicePaymentRecordedEvent(String invoiceId, String paymentId, BigDecimal amount, String currency,
                                          LocalDate receivedOn, BigDecimal outstanding) {
}
