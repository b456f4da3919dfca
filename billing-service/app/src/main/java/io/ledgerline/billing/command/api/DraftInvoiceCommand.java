package io.ledgerline.billing.command.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Draft an invoice for a client and period from approved, unbilled, billable time, fixed fees and manual lines; a
 * null currency means the client's.
 */
public record DraftInvoiceCommand(@TargetAggregateIdentifier String invoiceId, String clientId, LocalDate periodFrom,
                                  LocalDate periodTo, LineGrouping grouping, String currency,
                                  List<ManualLine> manualLines) {
}
