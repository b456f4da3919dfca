package io.ledgerline.timetracking.command.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that an invoice was voided and which entries it released. */
public record RecordInvoiceVoidedCommand(@TargetAggregateIdentifier String invoiceId,
                                         List<String> releasedEntryIds) {
}
