package io.ledgerline.billing.command.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Issue a draft on the given date: it takes the next number of the tenant and year and bills its entries. */
public record IssueInvoiceCommand(@TargetAggregateIdentifier String invoiceId, LocalDate issuedOn,
                                  @TargetAggregateVersion Long expectedVersion) {
}
