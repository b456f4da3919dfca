package io.ledgerline.billing.query;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment recorded against an invoice. */
public record PaymentView(String paymentId, BigDecimal amount, LocalDate receivedOn) {
}
