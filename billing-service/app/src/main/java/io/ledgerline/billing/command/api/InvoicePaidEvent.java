package io.ledgerline.billing.command.api;

import java.time.LocalDate;

/** An invoice was paid in full. */
public record InvoicePaidEvent(String invoiceId, LocalDate paidOn) {
}
