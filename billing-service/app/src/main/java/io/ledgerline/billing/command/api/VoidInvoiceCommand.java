package io.ledgerline.billing.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Void an issued invoice without payments; its number stays used and its entries become billable again. */
public record VoidInvoiceCommand(@TargetAggregateIdentifier String invoiceId, String reason,
                                 @TargetAggregateVersion Long expectedVersion) {
}
