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
 */
@EventType("ledgerline.project.ClientRegistered.v1")
public record ClientRegistered(String clientId, String name, String currency, int paymentTermsDays,
                               BigDecimal defaultTaxRate, BillingAddress billingAddress) implements IntegrationEvent {
}
