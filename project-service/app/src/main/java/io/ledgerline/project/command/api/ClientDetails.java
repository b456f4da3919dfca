package io.ledgerline.project.command.api;

import io.ledgerline.project.api.BillingAddress;
import java.math.BigDecimal;

/**
 * What a client is invoiced by: the details registered and updated together.
 *
 * @param name             unique per tenant
 * @param currency         ISO 4217 code projects of the client default to
 * @param paymentTermsDays days from issue to due date
 * @param defaultTaxRate   percent
 * @param billingAddress   where invoices go
 */
public record ClientDetails(String name, String currency, int paymentTermsDays, BigDecimal defaultTaxRate,
                            BillingAddress billingAddress) {
}
