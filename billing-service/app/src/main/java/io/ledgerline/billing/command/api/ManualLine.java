package io.ledgerline.billing.command.api;

import java.math.BigDecimal;

/**
 * A line the caller adds to a draft by hand; a null tax rate takes the client's, a null category the one the rate
 * implies.
 */
public record ManualLine(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRate,
                         TaxCategory taxCategory) {
}
