package io.ledgerline.billing.command;

import io.ledgerline.billing.command.api.BuyerDetails;
import java.math.BigDecimal;

/** What an invoice needs to know of its client: name, address, currency, payment terms, tax rate, buyer data. */
public record ClientTerms(String clientId, String name, String address, String currency, int paymentTermsDays,
                          BigDecimal defaultTaxRate, BuyerDetails buyer) {
}
