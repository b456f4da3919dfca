package io.ledgerline.project.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.project.api.BillingAddress;
import io.ledgerline.project.command.api.ArchiveClientCommand;
import io.ledgerline.project.command.api.ClientArchivedEvent;
import io.ledgerline.project.command.api.ClientDetails;
import io.ledgerline.project.command.api.ClientRegisteredEvent;
import io.ledgerline.project.command.api.ClientUpdatedEvent;
import io.ledgerline.project.command.api.RegisterClientCommand;
import io.ledgerline.project.command.api.UpdateClientCommand;
import java.math.BigDecimal;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A client of one tenant: the details its invoices are made with. Unique names per tenant are a set rule, kept by
 * the unique index of the {@code client_summary} read model in the same transaction (see docs/project-service.md).
 */
@Aggregate
class Client {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @AggregateIdentifier
    private String clientId;
    private String tenant;
    private String currency;
    private boolean archived;

    Client() {
        // for Axon to rebuild from events
    }

    @CommandHandler
    Client(RegisterClientCommand command, @MetaDataValue(CallerContext.TENANT) String tenant) {
        Checks.required(tenant, "tenant");
        apply(new ClientRegisteredEvent(command.clientId(), checked(command.details())));
    }

    /** Another tenant's commands are answered as if the client did not exist. */
    @CommandHandlerInterceptor
    void onlyForItsTenant(@MetaDataValue(CallerContext.TENANT) String caller) {
        if (!tenant.equals(caller)) {
            throw new AggregateNotFoundException(clientId, "no client " + clientId);
        }
    }

    @CommandHandler
    void handle(UpdateClientCommand command) {
        requireNotArchived();
        apply(new ClientUpdatedEvent(clientId, checked(command.details())));
    }

    @CommandHandler
    void handle(ArchiveClientCommand command) {
        requireNotArchived();
        apply(new ClientArchivedEvent(clientId));
    }

    /** How this client stands for a new project of the given tenant; empty for any other tenant. */
    Optional<ClientStanding> standingFor(String caller) {
        return tenant.equals(caller) ? Optional.of(new ClientStanding(currency, !archived)) : Optional.empty();
    }

    @EventSourcingHandler
    void on(ClientRegisteredEvent event, @MetaDataValue(CallerContext.TENANT) String tenant) {
        clientId = event.clientId();
        this.tenant = tenant;
        currency = event.details().currency();
    }

    @EventSourcingHandler
    void on(ClientUpdatedEvent event) {
        currency = event.details().currency();
    }

    @EventSourcingHandler
    void on(ClientArchivedEvent event) {
        archived = true;
    }

    private void requireNotArchived() {
        if (archived) {
            throw new IllegalStateException("client " + clientId + " is archived and cannot change");
        }
    }

    private static ClientDetails checked(ClientDetails details) {
        Checks.required(details, "details");
        String name = Checks.text(details.name(), "name", 200);
        Checks.currency(details.currency());
        if (details.paymentTermsDays() < 0 || details.paymentTermsDays() > 365) {
            throw new IllegalArgumentException("paymentTermsDays must be between 0 and 365");
        }
        Checks.between(details.defaultTaxRate(), BigDecimal.ZERO, HUNDRED, "defaultTaxRate");
        BillingAddress address = Checks.required(details.billingAddress(), "billingAddress");
        Checks.country(address.country());
        BillingAddress cleanAddress = new BillingAddress(Checks.text(address.line1(), "billingAddress.line1", 200),
                Checks.optionalText(address.line2(), "billingAddress.line2", 200),
                Checks.text(address.postalCode(), "billingAddress.postalCode", 20),
                Checks.text(address.city(), "billingAddress.city", 100), address.country());
        return new ClientDetails(name, details.currency(), details.paymentTermsDays(), details.defaultTaxRate(),
                cleanAddress, Checks.optionalText(details.vatId(), "vatId", 30),
                Checks.optionalText(details.buyerReference(), "buyerReference", 100),
                Checks.optionalText(details.invoiceEmail(), "invoiceEmail", 254));
    }
}
