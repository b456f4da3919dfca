package io.ledgerline.billing.query;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A credit note as the API shows it. */
public record CreditNoteView(String creditNoteId, String number, String invoiceId, BigDecimal amount,
                             String currency, String reason, LocalDate issuedOn) {
}
