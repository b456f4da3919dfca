package io.ledgerline.project.query;

import io.ledgerline.project.api.BillingAddress;
import java.math.BigDecimal;
import java.time.Instant;

/** A client as the API shows it; {@code status} is ACTIVE or ARCHIVED. */
public record ClientSummary(String clientId, String name, String currency, int paymentTermsDays,
                            BigDecimal defaultTaxRate, BillingAddress billingAddress, String status, long version,
                            Instant registeredAt, String vatId, String buyerReference, String invoiceEmail) {
}
