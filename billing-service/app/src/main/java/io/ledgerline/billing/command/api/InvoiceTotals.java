package io.ledgerline.billing.command.api;

import java.math.BigDecimal;

/** The sums of an invoice's lines. */
public record InvoiceTotals(BigDecimal net, BigDecimal tax, BigDecimal gross) {
}
