package io.ledgerline.billing.command.api;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Give one line of a draft its own tax rate (and category; null = implied by the rate) instead of the client's. */
public record OverrideLineTaxCommand(@TargetAggregateIdentifier String invoiceId, String lineId, BigDecimal taxRate,
                                     TaxCategory taxCategory, @TargetAggregateVersion Long expectedVersion) {
}
