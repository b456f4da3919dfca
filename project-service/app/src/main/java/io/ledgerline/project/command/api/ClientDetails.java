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
 * @param vatId            the client's VAT identifier, if known
 * @param buyerReference   the reference the client wants on invoices (a German Leitweg-ID for public bodies)
 * @param invoiceEmail     where the client receives e-invoices
 */
public record ClientDetails(String name, String currency, int paymentTermsDays, BigDecimal defaultTaxRate,
                            BillingAddress billingAddress, String vatId, String buyerReference,
                            String invoiceEmail) {

    /** Details without e-invoicing data. */
    public ClientDetails(String name, String currency, int paymentTermsDays, BigDecimal defaultTaxRate,
                         BillingAddress billingAddress) {
        this(name, currency, paymentTermsDays, defaultTaxRate, billingAddress, null, null, null);
    }
}
