package io.ledgerline.billing.command.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A credit note was issued against an invoice. */
public record CreditNoteIssuedEvent(String creditNoteId, String number, String invoiceId, BigDecimal amount,
                                    String currency, String reason, LocalDate issuedOn) {
}
