package io.ledgerline.timetracking.command;

import static io.ledgerline.timetracking.TimeFixtures.ENTRY_ID;
import static io.ledgerline.timetracking.TimeFixtures.INVOICE_ID;
import static io.ledgerline.timetracking.TimeFixtures.asSystem;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.timetracking.command.api.InvoiceIssueRecordedEvent;
import io.ledgerline.timetracking.command.api.InvoiceVoidRecordedEvent;
import io.ledgerline.timetracking.command.api.RecordInvoiceIssuedCommand;
import io.ledgerline.timetracking.command.api.RecordInvoiceVoidedCommand;
import java.util.List;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InvoiceLockTest {

    private AggregateTestFixture<InvoiceLock> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(InvoiceLock.class);
        fixture.registerCommandHandlerInterceptor(new CorrelationDataInterceptor<>(
                new SimpleCorrelationDataProvider(CallerContext.TENANT, CallerContext.ACTOR)));
    }

    @Test
    void recordsWhatAnIssuedInvoiceHolds() {
        fixture.givenNoPriorActivity()
                .when(new RecordInvoiceIssuedCommand(INVOICE_ID, List.of(ENTRY_ID), List.of()), asSystem())
                .expectEvents(new InvoiceIssueRecordedEvent(INVOICE_ID, List.of(ENTRY_ID), List.of()));
    }

    @Test
    void aRepeatedIssueThatHoldsNothingNewRecordsNothing() {
        fixture.given(GenericEventMessage.asEventMessage(new InvoiceIssueRecordedEvent(INVOICE_ID, List.of(ENTRY_ID),
                        List.of())).andMetaData(asSystem()))
                .when(new RecordInvoiceIssuedCommand(INVOICE_ID, List.of(ENTRY_ID), List.of()), asSystem())
                .expectNoEvents();
    }

    @Test
    void recordsAVoidOnceEvenBeforeTheIssue() {
        fixture.givenNoPriorActivity()
                .when(new RecordInvoiceVoidedCommand(INVOICE_ID, List.of()), asSystem())
                .expectEvents(new InvoiceVoidRecordedEvent(INVOICE_ID, List.of()));
        fixture.given(GenericEventMessage.asEventMessage(new InvoiceVoidRecordedEvent(INVOICE_ID, List.of()))
                        .andMetaData(asSystem()))
                .when(new RecordInvoiceVoidedCommand(INVOICE_ID, List.of()), asSystem())
                .expectNoEvents();
    }
}
