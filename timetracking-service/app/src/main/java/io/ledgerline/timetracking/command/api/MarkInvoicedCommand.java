package io.ledgerline.timetracking.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Billing issued an invoice naming this entry: lock it for that invoice, unless another holds it. */
public record MarkInvoicedCommand(@TargetAggregateIdentifier String entryId, String invoiceId) {
}
