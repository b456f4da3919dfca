package io.ledgerline.project.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;
import java.math.BigDecimal;

/** A client's details changed; carries all of them as they are now (see {@link ClientRegistered}). */
@EventType("ledgerline.project.ClientUpdated.v1")
public record ClientUpdated(String clientId, String name, String currency, int paymentTermsDays,
                            BigDecimal defaultTaxRate, BillingAddress billingAddress, String vatId,
                            String buyerReference, String invoiceEmail) implements IntegrationEvent {

    /** A client without e-invoicing data (as published before those fields existed). */
    public ClientUpdated(String clientId, String name, String currency, int paymentTermsDays,
                         BigDecimal defaultTaxRate, BillingAddress billingAddress) {
        this(clientId, name, currency, paymentTermsDays, defaultTaxRate, billingAddress, null, null, null);
    }
}
