package io.ledgerline.billing.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A credit note was issued against an invoice.
 *
 * @param creditNoteId the credit note
 * @param number gapless per tenant and year
 * @param invoiceId the invoice it corrects
 * @param amount amount credited, tax included
 * @param currency the currency
 * @param reason why
 * @param issuedOn issue date
 */
@EventType("ledgerline.billing.CreditNoteIssued.v1")
public record CreditNoteIssued(String creditNoteId, String number, String invoiceId, BigDecimal amount,
        String currency, String reason, LocalDate issuedOn)
        implements IntegrationEvent {
}
