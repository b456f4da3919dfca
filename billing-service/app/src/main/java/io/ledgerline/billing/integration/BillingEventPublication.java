package io.ledgerline.billing.integration;

import io.ledgerline.billing.api.BudgetThresholdCrossed;
import io.ledgerline.billing.api.CreditNoteIssued;
import io.ledgerline.billing.api.InvoiceDrafted;
import io.ledgerline.billing.api.InvoiceIssued;
import io.ledgerline.billing.api.InvoicePaid;
import io.ledgerline.billing.api.InvoicePaymentRecorded;
import io.ledgerline.billing.api.InvoiceVoided;
import io.ledgerline.billing.command.api.BudgetThresholdCrossedEvent;
import io.ledgerline.billing.command.api.CreditNoteIssuedEvent;
import io.ledgerline.billing.command.api.InvoiceDraftedEvent;
import io.ledgerline.billing.command.api.InvoiceIssuedEvent;
import io.ledgerline.billing.command.api.InvoicePaidEvent;
import io.ledgerline.billing.command.api.InvoicePaymentRecordedEvent;
import io.ledgerline.billing.command.api.InvoiceVoidedEvent;
import io.ledgerline.platform.outbox.IntegrationEventPublisher;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * Maps billing-service's internal events to its published language. Refreshes and tax overrides of a draft stay
 * internal: the draft's published entries are those it was drafted with.
 */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
class BillingEventPublication {

    private final IntegrationEventPublisher publisher;

    BillingEventPublication(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(InvoiceDraftedEvent event, EventMessage<?> message) {
        publisher.publish(new InvoiceDrafted(event.invoiceId(), event.clientId(), event.currency(),
                event.periodFrom(), event.periodTo(), event.entryRevisions().keySet().stream().sorted().toList()),
                message);
    }

    @EventHandler
    void on(InvoiceIssuedEvent event, EventMessage<?> message) {
        publisher.publish(new InvoiceIssued(event.invoiceId(), event.number(), event.clientId(), event.currency(),
                event.issuedOn(), event.dueOn(), event.totals().net(), event.totals().tax(), event.totals().gross(),
                List.copyOf(event.entryIds())), message);
    }

    @EventHandler
    void on(InvoicePaymentRecordedEvent event, EventMessage<?> message) {
        publisher.publish(new InvoicePaymentRecorded(event.invoiceId(), event.paymentId(), event.amount(),
                event.currency(), event.receivedOn(), event.outstanding()), message);
    }

    @EventHandler
    void on(InvoicePaidEvent event, EventMessage<?> message) {
        publisher.publish(new InvoicePaid(event.invoiceId(), event.paidOn()), message);
    }

    @EventHandler
    void on(InvoiceVoidedEvent event, EventMessage<?> message) {
        publisher.publish(new InvoiceVoided(event.invoiceId(), event.number(), event.reason(),
                List.copyOf(event.entryIds())), message);
    }

    @EventHandler
    void on(CreditNoteIssuedEvent event, EventMessage<?> message) {
        publisher.publish(new CreditNoteIssued(event.creditNoteId(), event.number(), event.invoiceId(),
                event.amount(), event.currency(), event.reason(), event.issuedOn()), message);
    }

    @EventHandler
    void on(BudgetThresholdCrossedEvent event, EventMessage<?> message) {
        publisher.publish(new BudgetThresholdCrossed(event.projectId(), event.thresholdPercent(), event.dimension(),
                event.period(), event.used(), event.budget(), event.currency()), message);
    }
}
