package io.ledgerline.timetracking.command.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record, for an issued invoice, which of its entries it holds and which refused it. */
public record RecordInvoiceIssuedCommand(@TargetAggregateIdentifier String invoiceId, List<String> heldEntryIds,
                                         List<String> refusedEntryIds) {
}
