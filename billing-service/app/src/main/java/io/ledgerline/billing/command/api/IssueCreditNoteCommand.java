package io.ledgerline.billing.command.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Issue a credit note against an issued invoice, for at most what has not been credited yet. */
public record IssueCreditNoteCommand(@TargetAggregateIdentifier String creditNoteId, String invoiceId,
                                     BigDecimal amount, String reason, LocalDate issuedOn) {
}
