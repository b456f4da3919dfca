package io.ledgerline.billing.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Recompute a draft from the ledger as it is now, keeping its period, grouping, manual lines and tax overrides. */
public record RefreshInvoiceCommand(@TargetAggregateIdentifier String invoiceId,
                                    @TargetAggregateVersion Long expectedVersion) {
}
