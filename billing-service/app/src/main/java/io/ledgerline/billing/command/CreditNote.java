package io.ledgerline.billing.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.billing.command.api.CreditNoteIssuedEvent;
import io.ledgerline.billing.command.api.InvoiceStatus;
import io.ledgerline.billing.command.api.IssueCreditNoteCommand;
import io.ledgerline.platform.context.CallerContext;
import java.math.BigDecimal;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A credit note correcting an issued invoice, numbered in its own gapless sequence (CN-2026-000001). */
@Aggregate
class CreditNote {

    private static final Set<InvoiceStatus> CREDITABLE =
            Set.of(InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.PAID);

    @AggregateIdentifier
    private String creditNoteId;

    CreditNote() {
        // for Axon to rebuild from events
    }

    @CommandHandler
    CreditNote(IssueCreditNoteCommand command, @MetaDataValue(CallerContext.TENANT) String tenant,
               InvoiceBook invoices, NumberSequences numbers, SellerProfiles sellers) {
        InvoiceRules.requireReason(command.reason());
        if (command.amount() == null || command.amount().signum() <= 0 || command.issuedOn() == null) {
            throw new IllegalArgumentException("a credit note needs a positive amount and an issue date");
        }
        CreditableInvoice invoice = invoices.lockForCredit(tenant, command.invoiceId()).orElseThrow(() ->
                new IllegalArgumentException("invoice " + command.invoiceId() + " does not exist"));
        Money.requireMinorUnits(command.amount(), invoice.currency(), "credit");
        if (!CREDITABLE.contains(invoice.status())) {
            throw new IllegalStateException("invoice " + invoice.invoiceId() + " is " + invoice.status()
                    + ": only an issued invoice can be credited");
        }
        BigDecimal creditable = invoice.grossTotal().subtract(invoice.creditedTotal());
        if (command.amount().compareTo(creditable) > 0) {
            throw new IllegalArgumentException("a credit of " + command.amount().toPlainString() + " "
                    + invoice.currency() + " exceeds the " + creditable.toPlainString()
                    + " of invoice " + invoice.invoiceId() + " not credited yet");
        }
        int year = command.issuedOn().getYear();
        String prefix = sellers.current(tenant).map(seller -> seller.details().creditNotePrefixOrDefault())
                .orElse("CN-");
        String number = prefix + "%d-%06d".formatted(year, numbers.next(tenant, "CN", year));
        apply(new CreditNoteIssuedEvent(command.creditNoteId(), number, invoice.invoiceId(),
                Money.round(command.amount(), invoice.currency()), invoice.currency(), command.reason().strip(),
                command.issuedOn()));
    }

    @EventSourcingHandler
    void on(CreditNoteIssuedEvent event) {
        creditNoteId = event.creditNoteId();
    }
}
