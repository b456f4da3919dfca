package io.ledgerline.billing.command;

import static io.ledgerline.billing.BillingFixtures.CLIENT_ID;
import static io.ledgerline.billing.BillingFixtures.ENTRY_1;
import static io.ledgerline.billing.BillingFixtures.ENTRY_2;
import static io.ledgerline.billing.BillingFixtures.FROM;
import static io.ledgerline.billing.BillingFixtures.INVOICE_ID;
import static io.ledgerline.billing.BillingFixtures.ISSUED;
import static io.ledgerline.billing.BillingFixtures.MEMBER;
import static io.ledgerline.billing.BillingFixtures.OTHER_MEMBER;
import static io.ledgerline.billing.BillingFixtures.PROJECT_ID;
import static io.ledgerline.billing.BillingFixtures.TENANT;
import static io.ledgerline.billing.BillingFixtures.TO;
import static io.ledgerline.billing.BillingFixtures.asCaller;
import static io.ledgerline.billing.BillingFixtures.asOtherTenant;
import static io.ledgerline.billing.BillingFixtures.buyer;
import static io.ledgerline.billing.BillingFixtures.client;
import static io.ledgerline.billing.BillingFixtures.draft;
import static io.ledgerline.billing.BillingFixtures.entry;
import static io.ledgerline.billing.BillingFixtures.seller;
import static io.ledgerline.billing.BillingFixtures.sellerSnapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.axonframework.test.matchers.Matchers.predicate;
import static org.hamcrest.Matchers.any;

import io.ledgerline.billing.BillingFixtures;
import io.ledgerline.billing.command.api.BuyerDetails;
import io.ledgerline.billing.command.api.DraftInvoiceCommand;
import io.ledgerline.billing.command.api.InvoiceDraftedEvent;
import io.ledgerline.billing.command.api.InvoiceIssuedEvent;
import io.ledgerline.billing.command.api.InvoiceLine;
import io.ledgerline.billing.command.api.InvoiceLineTaxOverriddenEvent;
import io.ledgerline.billing.command.api.InvoicePaidEvent;
import io.ledgerline.billing.command.api.InvoicePaymentRecordedEvent;
import io.ledgerline.billing.command.api.InvoiceRefreshedEvent;
import io.ledgerline.billing.command.api.InvoiceTotals;
import io.ledgerline.billing.command.api.InvoiceVoidedEvent;
import io.ledgerline.billing.command.api.IssueInvoiceCommand;
import io.ledgerline.billing.command.api.LineGrouping;
import io.ledgerline.billing.command.api.LineKind;
import io.ledgerline.billing.command.api.ManualLine;
import io.ledgerline.billing.command.api.OverrideLineTaxCommand;
import io.ledgerline.billing.command.api.RecordPaymentCommand;
import io.ledgerline.billing.command.api.RefreshInvoiceCommand;
import io.ledgerline.billing.command.api.SellerDetails;
import io.ledgerline.billing.command.api.TaxCategory;
import io.ledgerline.billing.command.api.VoidInvoiceCommand;
import io.ledgerline.platform.context.CallerContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InvoiceTest {

    private final InMemoryBilling billing = new InMemoryBilling();
    private AggregateTestFixture<Invoice> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Invoice.class);
        fixture.registerInjectableResource(billing);
        fixture.registerCommandHandlerInterceptor(new CorrelationDataInterceptor<>(
                new SimpleCorrelationDataProvider(CallerContext.TENANT, CallerContext.ACTOR)));
        billing.clients.put(TENANT + "/" + CLIENT_ID, client());
        billing.sellers.put(TENANT, sellerSnapshot());
        billing.entries.add(entry(ENTRY_1, 90, 1));
        billing.entries.add(entry(ENTRY_2, 20, 1));
    }

    /** The draft the default ledger produces, as its event. */
    private InvoiceDraftedEvent drafted() {
        InvoiceCalculator.Calculation calculation = InvoiceCalculator.calculate("EUR", LineGrouping.PROJECT,
                new BigDecimal("19"), Map.of(), billing.entries, List.of(), List.of());
        return new InvoiceDraftedEvent(INVOICE_ID, CLIENT_ID, "Acme GmbH", client().address(), "EUR", FROM, TO,
                LineGrouping.PROJECT, 14, new BigDecimal("19"), List.of(), calculation.lines(), calculation.totals(),
                calculation.entryRevisions(), calculation.claimKeys());
    }

    private TestExecutor<Invoice> givenDraft(Object... then) {
        EventMessage<?> first = GenericEventMessage.asEventMessage(drafted()).andMetaData(asCaller());
        TestExecutor<Invoice> given = fixture.given(first);
        return then.length == 0 ? given : given.andGiven(then);
    }

    private InvoiceIssuedEvent issued() {
        return new InvoiceIssuedEvent(INVOICE_ID, "INV-2026-000001", CLIENT_ID, "EUR", ISSUED, ISSUED.plusDays(14),
                new InvoiceTotals(new BigDecimal("183.33"), new BigDecimal("34.83"), new BigDecimal("218.16")),
                List.of(ENTRY_1, ENTRY_2), seller(), 0L, buyer(), drafted().lines());
    }

    @Test
    void draftsOneLinePerProjectAndRateWithItsLineageRoundedHalfEvenPerLine() {
        fixture.givenNoPriorActivity()
                .when(draft(), asCaller())
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(exactSequenceOf(
                        messageWithPayload(any(InvoiceDraftedEvent.class)),
                        andNoMore()));
        InvoiceLine line = drafted().lines().get(0);
        // 110 minutes at 100/h = 183.333... -> 183.33; tax 19 % = 34.8327 -> 34.83
        assertThat(line.net()).isEqualByComparingTo("183.33");
        assertThat(line.tax()).isEqualByComparingTo("34.83");
        assertThat(line.quantity()).isEqualByComparingTo("1.83");
        assertThat(line.entryIds()).containsExactly(ENTRY_1, ENTRY_2);
        assertThat(line.rateVersions()).containsExactly(0);
        assertThat(line.roundings()).containsExactly("15 min UP");
        assertThat(drafted().totals().gross()).isEqualByComparingTo("218.16");
    }

    @Test
    void groupsLinesByPersonWhenAsked() {
        billing.entries.add(new BillableEntry("e0000000-0000-4000-8000-000000000003", PROJECT_ID, "Website relaunch",
                null, null, OTHER_MEMBER, FROM, 60, new BigDecimal("120"), 2, null, 1));

        InvoiceCalculator.Calculation calculation = InvoiceCalculator.calculate("EUR", LineGrouping.PERSON,
                new BigDecimal("19"), Map.of(), billing.entries, List.of(), List.of());

        assertThat(calculation.lines()).extracting(InvoiceLine::userId).containsExactly(MEMBER, OTHER_MEMBER);
        assertThat(calculation.lines().get(1).rateVersions()).containsExactly(2);
        assertThat(calculation.lines().get(1).net()).isEqualByComparingTo("120.00");
    }

    @Test
    void roundsHalfEvenToTheMinorUnitOfTheCurrency() {
        assertThat(Money.forMinutes(new BigDecimal("0.25"), 6, "EUR")).isEqualByComparingTo("0.02");
        assertThat(Money.forMinutes(new BigDecimal("0.35"), 6, "EUR")).isEqualByComparingTo("0.04");
        assertThat(Money.forMinutes(new BigDecimal("1500"), 1, "JPY")).isEqualByComparingTo("25");
        assertThat(Money.forMinutes(new BigDecimal("1530"), 1, "JPY").scale()).isZero();
    }

    @Test
    void addsFixedFeesAndManualLinesWithTheirOwnTaxRate() {
        billing.fees.add(new FixedFee("8d1c2a8e-9c1b-4a3e-a3c1-5f7d2b8e4a99", "Audit", new BigDecimal("5000")));

        InvoiceCalculator.Calculation calculation = InvoiceCalculator.calculate("EUR", LineGrouping.PROJECT,
                new BigDecimal("19"), Map.of(), billing.entries, billing.fees,
                List.of(new ManualLine("Travel", new BigDecimal("2"), new BigDecimal("45.50"), BigDecimal.ZERO, null)));

        assertThat(calculation.lines()).extracting(InvoiceLine::kind)
                .containsExactly(LineKind.TIME, LineKind.FIXED_FEE, LineKind.MANUAL);
        assertThat(calculation.lines().get(2).tax()).isEqualByComparingTo("0");
        assertThat(calculation.claimKeys()).contains("fixed-fee/8d1c2a8e-9c1b-4a3e-a3c1-5f7d2b8e4a99");
        assertThat(calculation.totals().net()).isEqualByComparingTo("5274.33");
    }

    @Test
    void rejectsADraftForAnUnknownClient() {
        fixture.givenNoPriorActivity()
                .when(draft(), asOtherTenant())
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("client " + CLIENT_ID + " is not a known client");
    }

    @Test
    void refusesADraftWithNothingToInvoice() {
        billing.entries.clear();

        fixture.givenNoPriorActivity()
                .when(draft(), asCaller())
                .expectException(IllegalStateException.class);
    }

    @Test
    void rejectsAPeriodThatEndsBeforeItStarts() {
        fixture.givenNoPriorActivity()
                .when(new DraftInvoiceCommand(INVOICE_ID, CLIENT_ID, TO, FROM, null, null, List.of()), asCaller())
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void issuesWithTheNextNumberOfTheYearAndTheDueDateFromThePaymentTerms() {
        givenDraft()
                .when(new IssueInvoiceCommand(INVOICE_ID, ISSUED, null), asCaller())
                .expectEvents(issued());
        assertThat(billing.claims).containsOnlyKeys(ENTRY_1, ENTRY_2);
    }

    @Test
    void refusesToIssueWithoutASellerProfileAndNumbersNothing() {
        billing.sellers.clear();

        givenDraft()
                .when(new IssueInvoiceCommand(INVOICE_ID, ISSUED, null), asCaller())
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("invoice " + INVOICE_ID + " cannot be issued as an EN 16931 e-invoice: "
                        + "missing sellerProfile");
        assertThat(billing.claims).isEmpty();
        assertThat(billing.sequences).isEmpty();
    }

    @Test
    void refusesToIssueNamingEachFieldTheSellerAndTheBuyerLack() {
        SellerDetails s = seller();
        billing.sellers.put(TENANT, new SellerSnapshot(new SellerDetails(s.legalName(), s.line1(), null, null,
                s.city(), s.country(), null, null, null, s.email(), s.phone(), null, null, null, null, null, null), 3));
        ClientTerms c = client();
        billing.clients.put(TENANT + "/" + CLIENT_ID, new ClientTerms(c.clientId(), c.name(), c.address(),
                c.currency(), c.paymentTermsDays(), c.defaultTaxRate(), new BuyerDetails(c.name(), null, null, "10115",
                "Berlin", "DE", null, null, null)));

        givenDraft()
                .when(new IssueInvoiceCommand(INVOICE_ID, ISSUED, null), asCaller())
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("invoice " + INVOICE_ID + " cannot be issued as an EN 16931 e-invoice: "
                        + "missing seller.postalCode, seller.iban, seller.vatId or seller.taxNumber, buyer.line1");
    }

    @Test
    void numbersWithTheSellersPrefixAndNamesTasksByTheTitleLearntSinceDrafting() {
        SellerDetails s = seller();
        billing.sellers.put(TENANT, new SellerSnapshot(new SellerDetails(s.legalName(), s.line1(), s.line2(),
                s.postalCode(), s.city(), s.country(), s.vatId(), s.taxNumber(), s.contactName(), s.email(),
                s.phone(), s.iban(), s.bic(), s.bankName(), s.paymentTermsDays(), "LL-", null), 4));
        InvoiceCalculator.Calculation calculation = InvoiceCalculator.calculate("EUR", LineGrouping.TASK,
                new BigDecimal("19"), Map.of(), billing.entries, List.of(), List.of());
        assertThat(calculation.lines().get(0).description()).isEqualTo("Website relaunch - task "
                + BillingFixtures.TASK_ID);
        billing.taskTitles.put(BillingFixtures.TASK_ID, "Design review");
        InvoiceDraftedEvent drafted = new InvoiceDraftedEvent(INVOICE_ID, CLIENT_ID, "Acme GmbH", client().address(),
                "EUR", FROM, TO, LineGrouping.TASK, 14, new BigDecimal("19"), List.of(), calculation.lines(),
                calculation.totals(), calculation.entryRevisions(), calculation.claimKeys());

        fixture.given(GenericEventMessage.asEventMessage(drafted).andMetaData(asCaller()))
                .when(new IssueInvoiceCommand(INVOICE_ID, ISSUED, null), asCaller())
                .expectEventsMatching(exactSequenceOf(messageWithPayload(predicate(event ->
                        event instanceof InvoiceIssuedEvent issued && issued.number().equals("LL-2026-000001")
                                && issued.lines().get(0).description().equals("Website relaunch - Design review")
                                && issued.sellerProfileVersion() == 4L && issued.buyer().equals(buyer()))),
                        andNoMore()));
    }

    @Test
    void refusesAReverseChargeLineWithoutTheBuyersVatId() {
        assertThat(EInvoiceRequirements.missing(seller(), new BuyerDetails("Acme", "Hauptstr. 1", null, "10115",
                "Berlin", "DE", null, null, null), List.of(reverseCharged(drafted().lines().get(0)))))
                .containsExactly("buyer.vatId (reverse charge)");
    }

    private static InvoiceLine reverseCharged(InvoiceLine l) {
        return new InvoiceLine(l.lineId(), l.kind(), l.description(), l.projectId(), l.taskId(), l.userId(),
                l.minutes(), l.quantity(), l.unitPrice(), l.net(), BigDecimal.ZERO, BigDecimal.ZERO.setScale(2),
                l.entryIds(), l.rateVersions(), l.roundings(), TaxCategory.REVERSE_CHARGE);
    }

    @Test
    void refusesTwoVatCategoriesAtOneRateWhichNoEInvoiceCouldCarry() {
        InvoiceLine line = drafted().lines().get(0);
        InvoiceLine zeroRated = new InvoiceLine("manual/1", LineKind.MANUAL, "Export", null, null, null, null,
                BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO, List.of(), List.of(),
                List.of(), TaxCategory.ZERO_RATED);

        assertThat(EInvoiceRequirements.missing(seller(), buyer(), List.of(line, zeroRated, reverseCharged(line))))
                .containsExactly("one VAT category per rate (0 %: [ZERO_RATED, REVERSE_CHARGE])");
    }

    @Test
    void refusesAReverseChargeOverrideWithARate() {
        String lineId = drafted().lines().get(0).lineId();

        givenDraft()
                .when(new OverrideLineTaxCommand(INVOICE_ID, lineId, new BigDecimal("19"), TaxCategory.REVERSE_CHARGE,
                        null), asCaller())
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("tax category REVERSE_CHARGE needs a rate of 0, not 19");
    }

    @Test
    void refusesToIssueADraftWhoseEntriesChangedUntilItIsRefreshed() {
        TestExecutor<Invoice> draft = givenDraft();
        billing.entries.set(0, entry(ENTRY_1, 120, 2));

        draft
                .when(new IssueInvoiceCommand(INVOICE_ID, ISSUED, null), asCaller())
                .expectException(IllegalStateException.class)
                .expectExceptionMessage("invoice " + INVOICE_ID + " must be refreshed before it is issued: time "
                        + "entries changed since it was drafted [" + ENTRY_1 + "]");
        assertThat(billing.claims).isEmpty();
    }

    @Test
    void refreshesADraftFromTheLedgerAsItIsNow() {
        TestExecutor<Invoice> draft = givenDraft();
        billing.entries.set(0, entry(ENTRY_1, 120, 2));

        draft
                .when(new RefreshInvoiceCommand(INVOICE_ID, null), asCaller())
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(exactSequenceOf(
                        messageWithPayload(any(InvoiceRefreshedEvent.class)),
                        andNoMore()));
    }

    @Test
    void refusesToIssueWorkAnotherIssuedInvoiceBills() {
        billing.claims.put(ENTRY_2, "another-invoice");

        givenDraft()
                .when(new IssueInvoiceCommand(INVOICE_ID, ISSUED, null), asCaller())
                .expectException(IllegalStateException.class)
                .expectExceptionMessage("time entry " + ENTRY_2 + " is already billed by issued invoice "
                        + "another-invoice");
    }

    @Test
    void refusesToIssueTwice() {
        givenDraft(issued())
                .when(new IssueInvoiceCommand(INVOICE_ID, ISSUED, null), asCaller())
                .expectException(IllegalStateException.class)
                .expectExceptionMessage("invoice " + INVOICE_ID + " is ISSUED: only a draft can be issued");
    }

    @Test
    void answersAnotherTenantAsIfTheInvoiceDidNotExist() {
        givenDraft()
                .when(new IssueInvoiceCommand(INVOICE_ID, ISSUED, null), asOtherTenant())
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void overridesTheTaxRateOfOneLine() {
        String lineId = drafted().lines().get(0).lineId();
        List<InvoiceLine> taxed = InvoiceCalculator.taxed(drafted().lines(), "EUR", new BigDecimal("19"),
                Map.of(lineId, LineTax.of(new BigDecimal("7"), null)));

        givenDraft()
                .when(new OverrideLineTaxCommand(INVOICE_ID, lineId, new BigDecimal("7"), null, null), asCaller())
                .expectEvents(new InvoiceLineTaxOverriddenEvent(INVOICE_ID, lineId, new BigDecimal("7"), taxed,
                        InvoiceCalculator.totals(taxed, "EUR"), TaxCategory.STANDARD));
        assertThat(taxed.get(0).tax()).isEqualByComparingTo("12.83");
    }

    @Test
    void rejectsATaxOverrideOfALineTheDraftDoesNotHave() {
        givenDraft()
                .when(new OverrideLineTaxCommand(INVOICE_ID, "time/none", new BigDecimal("7"), null, null), asCaller())
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void recordsPartialPaymentsUntilPaid() {
        givenDraft(issued())
                .when(new RecordPaymentCommand(INVOICE_ID, "p1", new BigDecimal("218.16"), ISSUED, null),
                        asCaller())
                .expectEvents(new InvoicePaymentRecordedEvent(INVOICE_ID, "p1", new BigDecimal("218.16"), "EUR",
                        ISSUED, new BigDecimal("0.00")), new InvoicePaidEvent(INVOICE_ID, ISSUED));
    }

    @Test
    void recordsAPartialPaymentWithWhatRemainsOutstanding() {
        givenDraft(issued())
                .when(new RecordPaymentCommand(INVOICE_ID, "p1", new BigDecimal("100"), ISSUED, null), asCaller())
                .expectEvents(new InvoicePaymentRecordedEvent(INVOICE_ID, "p1", new BigDecimal("100.00"), "EUR",
                        ISSUED, new BigDecimal("118.16")));
    }

    @Test
    void refusesAnOverpayment() {
        givenDraft(issued(), new InvoicePaymentRecordedEvent(INVOICE_ID, "p1", new BigDecimal("200.00"), "EUR",
                ISSUED, new BigDecimal("18.16")))
                .when(new RecordPaymentCommand(INVOICE_ID, "p2", new BigDecimal("18.17"), ISSUED, null), asCaller())
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("a payment of 18.17 EUR exceeds the outstanding 18.16: overpayments are "
                        + "refused");
    }

    @Test
    void refusesAPaymentOnADraft() {
        givenDraft()
                .when(new RecordPaymentCommand(INVOICE_ID, "p1", BigDecimal.TEN, ISSUED, null), asCaller())
                .expectException(IllegalStateException.class);
    }

    @Test
    void voidsAnIssuedUnpaidInvoiceAndReleasesItsEntries() {
        billing.claims.put(ENTRY_1, INVOICE_ID);
        billing.claims.put(ENTRY_2, INVOICE_ID);

        givenDraft(issued())
                .when(new VoidInvoiceCommand(INVOICE_ID, " Wrong client ", null), asCaller())
                .expectEvents(new InvoiceVoidedEvent(INVOICE_ID, "INV-2026-000001", "Wrong client",
                        List.of(ENTRY_1, ENTRY_2)));
        assertThat(billing.claims).isEmpty();
    }

    @Test
    void refusesToVoidAnInvoiceWithPayments() {
        givenDraft(issued(), new InvoicePaymentRecordedEvent(INVOICE_ID, "p1", BigDecimal.TEN, "EUR", ISSUED,
                new BigDecimal("208.16")))
                .when(new VoidInvoiceCommand(INVOICE_ID, "Wrong client", null), asCaller())
                .expectException(IllegalStateException.class)
                .expectExceptionMessage("invoice " + INVOICE_ID + " is PARTIALLY_PAID: only an issued invoice "
                        + "without payments can be voided; credit it instead");
    }

    @Test
    void refusesToVoidWithoutAReason() {
        givenDraft(issued())
                .when(new VoidInvoiceCommand(INVOICE_ID, " ", null), asCaller())
                .expectException(IllegalArgumentException.class);
    }
}
