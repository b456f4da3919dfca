package io.ledgerline.billing.query;

import io.ledgerline.project.api.BillingAddress;
import java.math.BigDecimal;

/** A client as project-service last published it (ClientRegistered or ClientUpdated). */
public record ClientRecord(String name, String currency, int paymentTermsDays, BigDecimal defaultTaxRate,
                           BillingAddress address, String vatId, String buyerReference, String invoiceEmail) {
}
