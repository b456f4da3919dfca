package io.ledgerline.billing.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice was issued with its number; its time entries are billed.
 *
 * @param invoiceId the invoice
 * @param number gapless per tenant and year
 * @param clientId the client
 * @param currency the currency
 * @param issuedOn issue date
 * @param dueOn due date from the client's payment terms
 * @param netTotal total before tax
 * @param taxTotal tax
 * @param grossTotal total due
 * @param timeEntryIds every time entry billed on it
 */
@EventType("ledgerline.billing.InvoiceIssued.v1")
public record InvoiceIssued(String invoiceId, String number, String clientId, String currency,
        LocalDate issuedOn, LocalDate dueOn, BigDecimal netTotal, BigDecimal taxTotal, BigDecimal grossTotal,
        List<String> timeEntryIds)
        implements IntegrationEvent {
}
