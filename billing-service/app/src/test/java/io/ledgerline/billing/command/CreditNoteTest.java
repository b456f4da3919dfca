package io.ledgerline.billing.command;

import static io.ledgerline.billing.BillingFixtures.INVOICE_ID;
import static io.ledgerline.billing.BillingFixtures.ISSUED;
import static io.ledgerline.billing.BillingFixtures.TENANT;
import static io.ledgerline.billing.BillingFixtures.asCaller;

import io.ledgerline.billing.command.api.CreditNoteIssuedEvent;
import io.ledgerline.billing.command.api.InvoiceStatus;
import io.ledgerline.billing.command.api.IssueCreditNoteCommand;
import io.ledgerline.platform.context.CallerContext;
import java.math.BigDecimal;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CreditNoteTest {

    private static final String CREDIT_NOTE_ID = "c0000000-0000-4000-8000-00000000000c";
    private final InMemoryBilling billing = new InMemoryBilling();
    private AggregateTestFixture<CreditNote> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CreditNote.class);
        fixture.registerInjectableResource(billing);
        fixture.registerCommandHandlerInterceptor(new CorrelationDataInterceptor<>(
                new SimpleCorrelationDataProvider(CallerContext.TENANT, CallerContext.ACTOR)));
        invoice(InvoiceStatus.PAID, "50");
    }

    private void invoice(InvoiceStatus status, String credited) {
        billing.invoices.put(TENANT + "/" + INVOICE_ID, new CreditableInvoice(INVOICE_ID, status, "EUR",
                new BigDecimal("218.16"), new BigDecimal(credited)));
    }

    private static IssueCreditNoteCommand credit(String amount) {
        return new IssueCreditNoteCommand(CREDIT_NOTE_ID, INVOICE_ID, new BigDecimal(amount), "Discount agreed",
                ISSUED);
    }

    @Test
    void issuesACreditNoteWithItsOwnNumberSequence() {
        billing.next(TENANT, "INV", 2026);

        fixture.givenNoPriorActivity()
                .when(credit("20"), asCaller())
                .expectEvents(new CreditNoteIssuedEvent(CREDIT_NOTE_ID, "CN-2026-000001", INVOICE_ID,
                        new BigDecimal("20.00"), "EUR", "Discount agreed", ISSUED));
    }

    @Test
    void refusesToCreditMoreThanIsLeftToCredit() {
        fixture.givenNoPriorActivity()
                .when(credit("168.17"), asCaller())
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void refusesToCreditADraft() {
        invoice(InvoiceStatus.DRAFT, "0");

        fixture.givenNoPriorActivity()
                .when(credit("1"), asCaller())
                .expectException(IllegalStateException.class)
                .expectExceptionMessage("invoice " + INVOICE_ID + " is DRAFT: only an issued invoice can be credited");
    }

    @Test
    void refusesToCreditAnUnknownInvoice() {
        billing.invoices.clear();

        fixture.givenNoPriorActivity()
                .when(credit("1"), asCaller())
                .expectException(IllegalArgumentException.class);
    }
}
