package io.ledgerline.billing.command;

import java.math.BigDecimal;

/** What an invoice needs to know of its client: name, address, currency, payment terms, tax rate. */
public record ClientTerms(String clientId, String name, String address, String currency, int paymentTermsDays,
                          BigDecimal defaultTaxRate) {
}
