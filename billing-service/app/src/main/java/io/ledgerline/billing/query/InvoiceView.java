package io.ledgerline.billing.query;

import io.ledgerline.billing.command.api.BuyerDetails;
import io.ledgerline.billing.command.api.InvoiceLine;
import io.ledgerline.billing.command.api.InvoiceStatus;
import io.ledgerline.billing.command.api.LineGrouping;
import io.ledgerline.billing.command.api.SellerDetails;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice as the API shows it; {@code version} is its ETag. Amounts are tax-exclusive per line. {@code seller}
 * (with the profile version it was issued with) and {@code buyer} are set once it is issued.
 */
public record InvoiceView(String invoiceId, String clientId, String clientName, String clientAddress,
                          InvoiceStatus status, String number, String currency, LocalDate periodFrom,
                          LocalDate periodTo, LineGrouping grouping, LocalDate issuedOn, LocalDate dueOn,
                          LocalDate paidOn, List<InvoiceLine> lines, BigDecimal netTotal, BigDecimal taxTotal,
                          BigDecimal grossTotal, BigDecimal paidTotal, BigDecimal outstanding,
                          BigDecimal creditedTotal, List<PaymentView> payments, String voidReason, long version,
                          Instant createdAt, Instant updatedAt, SellerDetails seller, Long sellerProfileVersion,
                          BuyerDetails buyer, Integer paymentTermsDays) {

    /** What is left to pay once payments and credit notes are taken off the gross total. */
    public BigDecimal balanceDue() {
        return outstanding.subtract(creditedTotal).max(BigDecimal.ZERO.setScale(outstanding.scale()));
    }
}
