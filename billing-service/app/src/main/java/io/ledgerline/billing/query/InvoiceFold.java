package io.ledgerline.billing.query;

import io.ledgerline.billing.command.api.BuyerDetails;
import io.ledgerline.billing.command.api.CreditNoteIssuedEvent;
import io.ledgerline.billing.command.api.InvoiceDraftedEvent;
import io.ledgerline.billing.command.api.InvoiceIssuedEvent;
import io.ledgerline.billing.command.api.InvoiceLine;
import io.ledgerline.billing.command.api.InvoiceLineTaxOverriddenEvent;
import io.ledgerline.billing.command.api.InvoicePaidEvent;
import io.ledgerline.billing.command.api.InvoicePaymentRecordedEvent;
import io.ledgerline.billing.command.api.InvoiceRefreshedEvent;
import io.ledgerline.billing.command.api.InvoiceStatus;
import io.ledgerline.billing.command.api.InvoiceTotals;
import io.ledgerline.billing.command.api.InvoiceVoidedEvent;
import io.ledgerline.billing.command.api.LineGrouping;
import io.ledgerline.billing.command.api.SellerDetails;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * Folds an invoice's events into its view: event by event for the read model, or from the first event for an
 * as-of read. Credit notes are not events of the invoice; they add to its credited total without moving its version.
 */
public final class InvoiceFold {

    private String invoiceId;
    private String clientId;
    private String clientName;
    private String clientAddress;
    private InvoiceStatus status;
    private String number;
    private String currency;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private LineGrouping grouping;
    private LocalDate issuedOn;
    private LocalDate dueOn;
    private LocalDate paidOn;
    private List<InvoiceLine> lines = List.of();
    private InvoiceTotals totals;
    private BigDecimal paid = BigDecimal.ZERO;
    private BigDecimal credited = BigDecimal.ZERO;
    private final List<PaymentView> payments = new ArrayList<>();
    private String voidReason;
    private SellerDetails seller;
    private Long sellerProfileVersion;
    private BuyerDetails buyer;
    private Integer paymentTermsDays;
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    private InvoiceFold() {
    }

    /** Folds an invoice's events, oldest first, into the view the API shows. */
    public static InvoiceView fold(List<DomainEventMessage<?>> events) {
        InvoiceFold fold = new InvoiceFold();
        events.forEach(fold::apply);
        return fold.view();
    }

    /** The view after one more event of the invoice (or a credit note of it). */
    static InvoiceView next(InvoiceView view, DomainEventMessage<?> event) {
        InvoiceFold fold = resume(view);
        fold.apply(event);
        return fold.view();
    }

    private static InvoiceFold resume(InvoiceView view) {
        InvoiceFold fold = new InvoiceFold();
        if (view == null) {
            return fold;
        }
        fold.invoiceId = view.invoiceId();
        fold.clientId = view.clientId();
        fold.clientName = view.clientName();
        fold.clientAddress = view.clientAddress();
        fold.status = view.status();
        fold.number = view.number();
        fold.currency = view.currency();
        fold.periodFrom = view.periodFrom();
        fold.periodTo = view.periodTo();
        fold.grouping = view.grouping();
        fold.issuedOn = view.issuedOn();
        fold.dueOn = view.dueOn();
        fold.paidOn = view.paidOn();
        fold.lines = view.lines();
        fold.totals = new InvoiceTotals(view.netTotal(), view.taxTotal(), view.grossTotal());
        fold.paid = view.paidTotal();
        fold.credited = view.creditedTotal();
        fold.payments.addAll(view.payments());
        fold.voidReason = view.voidReason();
        fold.seller = view.seller();
        fold.sellerProfileVersion = view.sellerProfileVersion();
        fold.buyer = view.buyer();
        fold.paymentTermsDays = view.paymentTermsDays();
        fold.version = view.version();
        fold.createdAt = view.createdAt();
        fold.updatedAt = view.updatedAt();
        return fold;
    }

    private void apply(DomainEventMessage<?> message) {
        Object event = message.getPayload();
        if (event instanceof CreditNoteIssuedEvent credit) {
            credited = credited.add(credit.amount());
            return;
        }
        version = message.getSequenceNumber();
        updatedAt = message.getTimestamp();
        if (event instanceof InvoiceDraftedEvent drafted) {
            invoiceId = drafted.invoiceId();
            clientId = drafted.clientId();
            clientName = drafted.clientName();
            clientAddress = drafted.clientAddress();
            currency = drafted.currency();
            periodFrom = drafted.periodFrom();
            periodTo = drafted.periodTo();
            grouping = drafted.grouping();
            status = InvoiceStatus.DRAFT;
            lines = drafted.lines();
            totals = drafted.totals();
            paymentTermsDays = drafted.paymentTermsDays();
            createdAt = message.getTimestamp();
        } else if (event instanceof InvoiceRefreshedEvent refreshed) {
            clientName = refreshed.clientName();
            clientAddress = refreshed.clientAddress();
            lines = refreshed.lines();
            totals = refreshed.totals();
            paymentTermsDays = refreshed.paymentTermsDays();
        } else if (event instanceof InvoiceLineTaxOverriddenEvent overridden) {
            lines = overridden.lines();
            totals = overridden.totals();
        } else if (event instanceof InvoiceIssuedEvent issued) {
            status = InvoiceStatus.ISSUED;
            number = issued.number();
            issuedOn = issued.issuedOn();
            dueOn = issued.dueOn();
            seller = issued.seller();
            sellerProfileVersion = issued.sellerProfileVersion();
            buyer = issued.buyer();
            lines = issued.lines() == null ? lines : issued.lines();
        } else if (event instanceof InvoicePaymentRecordedEvent payment) {
            status = InvoiceStatus.PARTIALLY_PAID;
            paid = paid.add(payment.amount());
            payments.add(new PaymentView(payment.paymentId(), payment.amount(), payment.receivedOn()));
        } else if (event instanceof InvoicePaidEvent paidInFull) {
            status = InvoiceStatus.PAID;
            paidOn = paidInFull.paidOn();
        } else if (event instanceof InvoiceVoidedEvent voided) {
            status = InvoiceStatus.VOID;
            voidReason = voided.reason();
        }
    }

    private InvoiceView view() {
        BigDecimal outstanding = status == InvoiceStatus.VOID || status == InvoiceStatus.DRAFT ? BigDecimal.ZERO
                : totals.gross().subtract(paid);
        return new InvoiceView(invoiceId, clientId, clientName, clientAddress, status, number, currency, periodFrom,
                periodTo, grouping, issuedOn, dueOn, paidOn, lines, totals.net(), totals.tax(), totals.gross(), paid,
                outstanding, credited, List.copyOf(payments), voidReason, version, createdAt, updatedAt, seller,
                sellerProfileVersion, buyer, paymentTermsDays);
    }
}
