package io.ledgerline.billing.command.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record a payment received against an issued invoice; it may not exceed what is outstanding. */
public record RecordPaymentCommand(@TargetAggregateIdentifier String invoiceId, String paymentId, BigDecimal amount,
                                   LocalDate receivedOn, @TargetAggregateVersion Long expectedVersion) {
}
