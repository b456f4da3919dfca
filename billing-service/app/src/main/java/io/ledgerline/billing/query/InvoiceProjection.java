package io.ledgerline.billing.query;

import io.ledgerline.billing.command.api.CreditNoteIssuedEvent;
import io.ledgerline.billing.command.api.InvoiceDraftedEvent;
import io.ledgerline.billing.command.api.InvoiceIssuedEvent;
import io.ledgerline.billing.command.api.InvoiceLineTaxOverriddenEvent;
import io.ledgerline.billing.command.api.InvoicePaidEvent;
import io.ledgerline.billing.command.api.InvoicePaymentRecordedEvent;
import io.ledgerline.billing.command.api.InvoiceRefreshedEvent;
import io.ledgerline.billing.command.api.InvoiceVoidedEvent;
import io.ledgerline.platform.context.CallerContext;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

/** Keeps {@code invoice_summary}, moving each invoice's view on with every event of it (see {@link InvoiceFold}). */
@Component
@ProcessingGroup(InvoiceProjection.GROUP)
class InvoiceProjection {

    static final String GROUP = "billing-read-model";

    private final Invoices invoices;

    InvoiceProjection(Invoices invoices) {
        this.invoices = invoices;
    }

    @EventHandler
    void on(InvoiceDraftedEvent event, DomainEventMessage<?> message,
            @MetaDataValue(CallerContext.TENANT) String tenant) {
        invoices.save(tenant, InvoiceFold.next(null, message));
    }

    @EventHandler
    void on(InvoiceRefreshedEvent event, DomainEventMessage<?> message,
            @MetaDataValue(CallerContext.TENANT) String tenant) {
        update(event.invoiceId(), message, tenant);
    }

    @EventHandler
    void on(InvoiceLineTaxOverriddenEvent event, DomainEventMessage<?> message,
            @MetaDataValue(CallerContext.TENANT) String tenant) {
        update(event.invoiceId(), message, tenant);
    }

    @EventHandler
    void on(InvoiceIssuedEvent event, DomainEventMessage<?> message,
            @MetaDataValue(CallerContext.TENANT) String tenant) {
        update(event.invoiceId(), message, tenant);
    }

    @EventHandler
    void on(InvoicePaymentRecordedEvent event, DomainEventMessage<?> message,
            @MetaDataValue(CallerContext.TENANT) String tenant) {
        update(event.invoiceId(), message, tenant);
    }

    @EventHandler
    void on(InvoicePaidEvent event, DomainEventMessage<?> message,
            @MetaDataValue(CallerContext.TENANT) String tenant) {
        update(event.invoiceId(), message, tenant);
    }

    @EventHandler
    void on(InvoiceVoidedEvent event, DomainEventMessage<?> message,
            @MetaDataValue(CallerContext.TENANT) String tenant) {
        update(event.invoiceId(), message, tenant);
    }

    @EventHandler
    void on(CreditNoteIssuedEvent event, DomainEventMessage<?> message,
            @MetaDataValue(CallerContext.TENANT) String tenant) {
        update(event.invoiceId(), message, tenant);
    }

    private void update(String invoiceId, DomainEventMessage<?> message, String tenant) {
        invoices.stored(invoiceId).ifPresent(view -> invoices.save(tenant, InvoiceFold.next(view, message)));
    }
}
