package io.ledgerline.billing.command;

import io.ledgerline.billing.command.api.InvoiceStatus;
import java.math.BigDecimal;

/** What a credit note needs to know of the invoice it corrects. */
public record CreditableInvoice(String invoiceId, InvoiceStatus status, String currency, BigDecimal grossTotal,
                                BigDecimal creditedTotal) {
}
