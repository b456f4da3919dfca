package io.ledgerline.timetracking.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Billing voided an invoice naming this entry: release it if that invoice holds it. */
public record ReleaseFromInvoiceCommand(@TargetAggregateIdentifier String entryId, String invoiceId) {
}
