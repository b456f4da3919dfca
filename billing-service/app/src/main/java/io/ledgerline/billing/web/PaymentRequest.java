package io.ledgerline.billing.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The body of {@code POST /api/v1/invoices/{id}/payments}; without a date the payment was received today. */
record PaymentRequest(@NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 4)
                      BigDecimal amount,
                      LocalDate receivedOn) {
}
