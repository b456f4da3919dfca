package io.ledgerline.timetracking.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.timetracking.command.api.InvoiceIssueRecordedEvent;
import io.ledgerline.timetracking.command.api.InvoiceVoidRecordedEvent;
import io.ledgerline.timetracking.command.api.RecordInvoiceIssuedCommand;
import io.ledgerline.timetracking.command.api.RecordInvoiceVoidedCommand;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One of billing's invoices as timetracking sees it: which entries it holds once issued, and that it was voided. The
 * entries decide the locks themselves; this records the outcome per invoice, once, and is what gets published.
 */
@Aggregate
class InvoiceLock {

    @AggregateIdentifier
    private String invoiceId;
    private String tenant;
    private final Set<String> held = new HashSet<>();
    private boolean voided;

    InvoiceLock() {
        // for Axon to rebuild from events, and to create on first contact
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordInvoiceIssuedCommand command, @MetaDataValue(CallerContext.TENANT) String tenant) {
        boolean known = requireTenantIfKnown(tenant);
        if (!known || !held.containsAll(command.heldEntryIds()) || !command.refusedEntryIds().isEmpty()) {
            apply(new InvoiceIssueRecordedEvent(command.invoiceId(), command.heldEntryIds(),
                    command.refusedEntryIds()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordInvoiceVoidedCommand command, @MetaDataValue(CallerContext.TENANT) String tenant) {
        boolean known = requireTenantIfKnown(tenant);
        if (!known || !voided) {
            apply(new InvoiceVoidRecordedEvent(command.invoiceId(), command.releasedEntryIds()));
        }
    }

    private boolean requireTenantIfKnown(String callerTenant) {
        if (invoiceId == null) {
            return false;
        }
        if (!tenant.equals(callerTenant)) {
            throw new AggregateNotFoundException(invoiceId, "invoice " + invoiceId + " does not exist");
        }
        return true;
    }

    @EventSourcingHandler
    void on(InvoiceIssueRecordedEvent event, @MetaDataValue(CallerContext.TENANT) String tenant) {
        invoiceId = event.invoiceId();
        this.tenant = tenant;
        held.addAll(event.heldEntryIds());
    }

    @EventSourcingHandler
    void on(InvoiceVoidRecordedEvent event, @MetaDataValue(CallerContext.TENANT) String tenant) {
        invoiceId = event.invoiceId();
        this.tenant = tenant;
        held.removeAll(event.releasedEntryIds());
        voided = true;
    }
}
