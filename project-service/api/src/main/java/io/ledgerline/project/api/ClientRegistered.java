package io.ledgerline.project.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;
import java.math.BigDecimal;

/**
 * A client was registered.
 *
 * @param clientId         the client's id
 * @param name             unique per tenant
 * @param currency         ISO 4217 code the client is invoiced in by default
 * @param paymentTermsDays days from issue to due date
 * @param defaultTaxRate   tax rate in percent applied to the client's invoices unless a line overrides it
 * @param billingAddress   where invoices go
 * @param vatId            the client's VAT identifier (EN 16931 BT-48), if known
 * @param buyerReference   the reference the client wants on its invoices, such as a German Leitweg-ID (BT-10)
 * @param invoiceEmail     where the client receives e-invoices (BT-49)
 */
@EventType("ledgerline.project.ClientRegistered.v1")
public record ClientRegistered(String clientId, String name, String currency, int paymentTermsDays,
                               BigDecimal defaultTaxRate, BillingAddress billingAddress, String vatId,
                               String buyerReference, String invoiceEmail) implements IntegrationEvent {

    /** A client without e-invoicing data (as published before those fields existed). */
    public ClientRegistered(String clientId, String name, String currency, int paymentTermsDays,
                            BigDecimal defaultTaxRate, BillingAddress billingAddress) {
        this(clientId, name, currency, paymentTermsDays, defaultTaxRate, billingAddress, null, null, null);
    }
}
