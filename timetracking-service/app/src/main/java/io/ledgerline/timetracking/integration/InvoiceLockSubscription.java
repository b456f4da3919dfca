package io.ledgerline.timetracking.integration;

import io.ledgerline.billing.api.BillingEvents;
import io.ledgerline.billing.api.InvoiceIssued;
import io.ledgerline.billing.api.InvoiceVoided;
import io.ledgerline.platform.inbox.InboundEvent;
import io.ledgerline.platform.inbox.Subscription;
import io.ledgerline.timetracking.command.api.InvoiceLockOutcome;
import io.ledgerline.timetracking.command.api.MarkInvoicedCommand;
import io.ledgerline.timetracking.command.api.RecordInvoiceIssuedCommand;
import io.ledgerline.timetracking.command.api.RecordInvoiceVoidedCommand;
import io.ledgerline.timetracking.command.api.ReleaseFromInvoiceCommand;
import io.ledgerline.timetracking.query.TimeEntries;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Takes and releases invoice locks from billing's events. Each entry decides for itself (one holder at a time, a
 * voided invoice never takes it later); the outcome per invoice is recorded and published. Everything runs in the
 * inbox's transaction with the event's dedup row: a redelivery changes nothing, a failure (such as a concurrent
 * change of an entry) rolls it all back and the event is applied again from the start.
 */
@Configuration
class InvoiceLockSubscription {

    private static final Logger LOG = LoggerFactory.getLogger(InvoiceLockSubscription.class);

    @Bean
    Subscription invoiceLocks(TimeEntries entries, CommandGateway commands) {
        return Subscription.named("invoice-locks", BillingEvents.CATALOG)
                .on(InvoiceIssued.class, event -> issued(event, entries, commands))
                .on(InvoiceVoided.class, event -> voided(event, entries, commands));
    }

    private static void issued(InboundEvent<InvoiceIssued> event, TimeEntries entries, CommandGateway commands) {
        String tenant = event.caller().tenant();
        String invoiceId = event.data().invoiceId();
        List<String> held = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (String entryId : distinct(event.data().timeEntryIds())) {
            // an unknown id (or another tenant's) is never sent: a failing command would doom the whole transaction
            InvoiceLockOutcome outcome = entries.exists(tenant, entryId)
                    ? commands.sendAndWait(new MarkInvoicedCommand(entryId, invoiceId)) : InvoiceLockOutcome.REFUSED;
            (outcome == InvoiceLockOutcome.REFUSED ? refused : held).add(entryId);
        }
        if (!refused.isEmpty()) {
            LOG.warn("invoice {} of tenant {} could not lock entries {}; see their history", invoiceId, tenant,
                    refused);
        }
        commands.sendAndWait(new RecordInvoiceIssuedCommand(invoiceId, held, refused));
    }

    private static void voided(InboundEvent<InvoiceVoided> event, TimeEntries entries, CommandGateway commands) {
        String tenant = event.caller().tenant();
        String invoiceId = event.data().invoiceId();
        List<String> released = new ArrayList<>();
        for (String entryId : distinct(event.data().timeEntryIds())) {
            if (entries.exists(tenant, entryId) && commands.sendAndWait(
                    new ReleaseFromInvoiceCommand(entryId, invoiceId)) == InvoiceLockOutcome.RELEASED) {
                released.add(entryId);
            }
        }
        commands.sendAndWait(new RecordInvoiceVoidedCommand(invoiceId, released));
    }

    private static List<String> distinct(List<String> ids) {
        return ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids));
    }
}
