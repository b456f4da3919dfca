package io.ledgerline.billing.query;

import io.ledgerline.billing.command.api.InvoiceLine;
import io.ledgerline.billing.command.api.InvoiceStatus;
import io.ledgerline.billing.command.api.LineGrouping;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An invoice as the API shows it; {@code version} is its ETag. Amounts are tax-exclusive per line. */
public record InvoiceView(String invoiceId, String clientId, String clientName, String clientAddress,
                          InvoiceStatus status, String number, String currency, LocalDate periodFrom,
                          LocalDate periodTo, LineGrouping grouping, LocalDate issuedOn, LocalDate dueOn,
                          LocalDate paidOn, List<InvoiceLine> lines, BigDecimal netTotal, BigDecimal taxTotal,
                          BigDecimal grossTotal, BigDecimal paidTotal, BigDecimal outstanding,
                          BigDecimal creditedTotal, List<PaymentView> payments, String voidReason, long version,
                          Instant createdAt, Instant updatedAt) {
}
