package io.ledgerline.billing.command.api;

import java.math.BigDecimal;

/** A line the caller adds to a draft by hand; a null tax rate takes the client's. */
public record ManualLine(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRate) {
}
