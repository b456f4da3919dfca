package io.ledgerline.billing.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.billing.command.InvoiceCalculator.Calculation;
import io.ledgerline.billing.command.api.BuyerDetails;
import io.ledgerline.billing.command.api.DraftInvoiceCommand;
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
import io.ledgerline.billing.command.api.IssueInvoiceCommand;
import io.ledgerline.billing.command.api.LineGrouping;
import io.ledgerline.billing.command.api.ManualLine;
import io.ledgerline.billing.command.api.OverrideLineTaxCommand;
import io.ledgerline.billing.command.api.RecordPaymentCommand;
import io.ledgerline.billing.command.api.RefreshInvoiceCommand;
import io.ledgerline.billing.command.api.VoidInvoiceCommand;
import io.ledgerline.platform.context.CallerContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.spring.stereotype.Aggregate;

/** An invoice of one client in one currency: drafted, refreshed, issued with a gapless number, paid or voided. */
@Aggregate
class Invoice {

    private static final String TENANT = CallerContext.TENANT;

    @AggregateIdentifier
    private String invoiceId;
    private String tenant;
    private String clientId;
    private String currency;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private LineGrouping grouping;
    private List<ManualLine> manualLines;
    private int paymentTermsDays;
    private BigDecimal defaultTaxRate;
    private InvoiceStatus status;
    private String number;
    private List<InvoiceLine> lines;
    private InvoiceTotals totals;
    private Map<String, Integer> entryRevisions;
    private List<String> claimKeys;
    private BigDecimal paid;
    private final Map<String, LineTax> taxOverrides = new HashMap<>();

    Invoice() {
        // for Axon to rebuild from events
    }

    @CommandHandler
    Invoice(DraftInvoiceCommand command, @MetaDataValue(TENANT) String tenant, BillableWork work) {
        InvoiceRules.requirePeriod(command.periodFrom(), command.periodTo());
        ClientTerms client = work.client(tenant, command.clientId()).orElseThrow(() ->
                new IllegalArgumentException("client " + command.clientId() + " is not a known client"));
        String currency = command.currency() == null ? client.currency() : command.currency();
        Money.currency(currency);
        List<ManualLine> manual = command.manualLines() == null ? List.of() : List.copyOf(command.manualLines());
        InvoiceRules.requireManualLines(manual, currency);
        LineGrouping grouping = command.grouping() == null ? LineGrouping.PROJECT : command.grouping();
        Calculation calculation = InvoiceCalculator.calculate(currency, grouping, client.defaultTaxRate(), Map.of(),
                work.unbilledEntries(tenant, client.clientId(), currency, command.periodFrom(), command.periodTo()),
                work.unbilledFixedFees(tenant, client.clientId(), currency), manual);
        if (calculation.isEmpty()) {
            throw new IllegalStateException("client " + command.clientId() + " has nothing to invoice in " + currency
                    + " from " + command.periodFrom() + " to " + command.periodTo()
                    + ": no approved, unbilled, billable time, fixed fee or manual line");
        }
        apply(new InvoiceDraftedEvent(command.invoiceId(), client.clientId(), client.name(), client.address(),
                currency, command.periodFrom(), command.periodTo(), grouping, client.paymentTermsDays(),
                client.defaultTaxRate(), manual, calculation.lines(), calculation.totals(),
                calculation.entryRevisions(), calculation.claimKeys()));
    }

    @CommandHandler
    void handle(RefreshInvoiceCommand command, @MetaDataValue(TENANT) String tenant, BillableWork work) {
        requireTenant(tenant);
        requireDraft("refreshed");
        ClientTerms client = work.client(tenant, clientId).orElseThrow(() ->
                new IllegalStateException("client " + clientId + " is no longer known"));
        Calculation calculation = InvoiceCalculator.calculate(currency, grouping, client.defaultTaxRate(),
                taxOverrides, work.unbilledEntries(tenant, clientId, currency, periodFrom, periodTo),
                work.unbilledFixedFees(tenant, clientId, currency), manualLines);
        if (calculation.isEmpty()) {
            throw new IllegalStateException("invoice " + invoiceId + " would have no lines left: nothing of client "
                    + clientId + " is billable in the period any more");
        }
        apply(new InvoiceRefreshedEvent(invoiceId, client.name(), client.address(), client.paymentTermsDays(),
                client.defaultTaxRate(), calculation.lines(), calculation.totals(), calculation.entryRevisions(),
                calculation.claimKeys()));
    }

    @CommandHandler
    void handle(OverrideLineTaxCommand command, @MetaDataValue(TENANT) String tenant) {
        requireTenant(tenant);
        InvoiceRules.requireTaxRate(command.taxRate());
        InvoiceRules.requireTaxCategory(command.taxRate(), command.taxCategory());
        requireDraft("changed");
        if (lines.stream().noneMatch(line -> line.lineId().equals(command.lineId()))) {
            throw new IllegalArgumentException("invoice " + invoiceId + " has no line " + command.lineId());
        }
        Map<String, LineTax> overrides = new HashMap<>(taxOverrides);
        LineTax tax = LineTax.of(command.taxRate(), command.taxCategory());
        overrides.put(command.lineId(), tax);
        List<InvoiceLine> taxed = InvoiceCalculator.taxed(lines, currency, defaultTaxRate, overrides);
        apply(new InvoiceLineTaxOverriddenEvent(invoiceId, command.lineId(), command.taxRate(), taxed,
                InvoiceCalculator.totals(taxed, currency), tax.category()));
    }

    @CommandHandler
    void handle(IssueInvoiceCommand command, @MetaDataValue(TENANT) String tenant, BillableWork work,
                BillingClaims claims, NumberSequences numbers, SellerProfiles sellers) {
        requireTenant(tenant);
        Objects.requireNonNull(command.issuedOn(), "issuedOn");
        requireDraft("issued");
        Map<String, Integer> now = work.revisions(tenant, entryRevisions.keySet());
        List<String> changed = entryRevisions.entrySet().stream()
                .filter(entry -> !entry.getValue().equals(now.get(entry.getKey())))
                .map(Map.Entry::getKey).sorted().toList();
        if (!changed.isEmpty()) {
            throw new IllegalStateException("invoice " + invoiceId + " must be refreshed before it is issued: "
                    + "time entries changed since it was drafted " + changed);
        }
        Optional<SellerSnapshot> seller = sellers.current(tenant);
        Optional<BuyerDetails> buyer = work.client(tenant, clientId).map(ClientTerms::buyer);
        List<String> missing = EInvoiceRequirements.missing(seller.map(SellerSnapshot::details).orElse(null),
                buyer.orElse(null), lines);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("invoice " + invoiceId + " cannot be issued as an EN 16931 "
                    + "e-invoice: missing " + String.join(", ", missing));
        }
        List<InvoiceLine> titled = InvoiceCalculator.titled(lines, work.taskTitles(tenant, lines.stream()
                .map(InvoiceLine::taskId).filter(Objects::nonNull).distinct().toList()));
        // claims first, then the number: the sequence row stays locked for the shortest time
        claims.claim(tenant, invoiceId, claimKeys);
        int year = command.issuedOn().getYear();
        String issuedNumber = seller.get().details().invoicePrefixOrDefault()
                + "%d-%06d".formatted(year, numbers.next(tenant, "INV", year));
        apply(new InvoiceIssuedEvent(invoiceId, issuedNumber, clientId, currency, command.issuedOn(),
                command.issuedOn().plusDays(paymentTermsDays), totals, entryIds(), seller.get().details(),
                seller.get().version(), buyer.get(), titled));
    }

    @CommandHandler
    void handle(RecordPaymentCommand command, @MetaDataValue(TENANT) String tenant) {
        requireTenant(tenant);
        if (command.amount() == null || command.amount().signum() <= 0 || command.receivedOn() == null) {
            throw new IllegalArgumentException("a payment needs a positive amount and the date it was received");
        }
        Money.requireMinorUnits(command.amount(), currency, "payment");
        if (status != InvoiceStatus.ISSUED && status != InvoiceStatus.PARTIALLY_PAID) {
            throw new IllegalStateException("invoice " + invoiceId + " is " + status
                    + ": payments are recorded against issued, unpaid invoices only");
        }
        BigDecimal outstanding = totals.gross().subtract(paid);
        if (command.amount().compareTo(outstanding) > 0) {
            throw new IllegalArgumentException("a payment of " + command.amount().toPlainString() + " " + currency
                    + " exceeds the outstanding " + outstanding.toPlainString() + ": overpayments are refused");
        }
        BigDecimal left = outstanding.subtract(Money.round(command.amount(), currency));
        apply(new InvoicePaymentRecordedEvent(invoiceId, command.paymentId(), Money.round(command.amount(), currency),
                currency, command.receivedOn(), left));
        if (left.signum() == 0) {
            apply(new InvoicePaidEvent(invoiceId, command.receivedOn()));
        }
    }

    @CommandHandler
    void handle(VoidInvoiceCommand command, @MetaDataValue(TENANT) String tenant, BillingClaims claims) {
        requireTenant(tenant);
        InvoiceRules.requireReason(command.reason());
        if (status != InvoiceStatus.ISSUED) {
            throw new IllegalStateException("invoice " + invoiceId + " is " + status + ": only an issued invoice "
                    + "without payments can be voided" + (paid.signum() > 0 ? "; credit it instead" : ""));
        }
        claims.release(tenant, invoiceId);
        apply(new InvoiceVoidedEvent(invoiceId, number, command.reason().strip(), entryIds()));
    }

    private List<String> entryIds() {
        return entryRevisions.keySet().stream().sorted().toList();
    }

    /** An invoice of another tenant answers as if it did not exist. */
    private void requireTenant(String callerTenant) {
        if (!tenant.equals(callerTenant)) {
            throw new AggregateNotFoundException(invoiceId, "invoice " + invoiceId + " does not exist");
        }
    }

    private void requireDraft(String what) {
        if (status != InvoiceStatus.DRAFT) {
            throw new IllegalStateException("invoice " + invoiceId + " is " + status + ": only a draft can be "
                    + what);
        }
    }

    @EventSourcingHandler
    void on(InvoiceDraftedEvent event, @MetaDataValue(TENANT) String tenant) {
        invoiceId = event.invoiceId();
        this.tenant = tenant;
        clientId = event.clientId();
        currency = event.currency();
        periodFrom = event.periodFrom();
        periodTo = event.periodTo();
        grouping = event.grouping();
        manualLines = event.manualLines();
        status = InvoiceStatus.DRAFT;
        paid = BigDecimal.ZERO;
        drafted(event.paymentTermsDays(), event.defaultTaxRate(), event.lines(), event.totals(),
                event.entryRevisions(), event.claimKeys());
    }

    @EventSourcingHandler
    void on(InvoiceRefreshedEvent event) {
        drafted(event.paymentTermsDays(), event.defaultTaxRate(), event.lines(), event.totals(),
                event.entryRevisions(), event.claimKeys());
    }

    private void drafted(int terms, BigDecimal taxRate, List<InvoiceLine> newLines, InvoiceTotals newTotals,
                         Map<String, Integer> revisions, List<String> keys) {
        paymentTermsDays = terms;
        defaultTaxRate = taxRate;
        lines = new ArrayList<>(newLines);
        totals = newTotals;
        entryRevisions = new HashMap<>(revisions);
        claimKeys = List.copyOf(keys);
    }

    @EventSourcingHandler
    void on(InvoiceLineTaxOverriddenEvent event) {
        taxOverrides.put(event.lineId(), LineTax.of(event.taxRate(), event.taxCategory()));
        lines = new ArrayList<>(event.lines());
        totals = event.totals();
    }

    @EventSourcingHandler
    void on(InvoiceIssuedEvent event) {
        status = InvoiceStatus.ISSUED;
        number = event.number();
    }

    @EventSourcingHandler
    void on(InvoicePaymentRecordedEvent event) {
        paid = paid.add(event.amount());
        status = InvoiceStatus.PARTIALLY_PAID;
    }

    @EventSourcingHandler
    void on(InvoicePaidEvent event) {
        status = InvoiceStatus.PAID;
    }

    @EventSourcingHandler
    void on(InvoiceVoidedEvent event) {
        status = InvoiceStatus.VOID;
    }
}
