package io.ledgerline.project.integration;

import io.ledgerline.platform.outbox.IntegrationEventPublisher;
import io.ledgerline.project.api.ClientArchived;
import io.ledgerline.project.api.ClientRegistered;
import io.ledgerline.project.api.ClientUpdated;
import io.ledgerline.project.command.api.ClientArchivedEvent;
import io.ledgerline.project.command.api.ClientDetails;
import io.ledgerline.project.command.api.ClientRegisteredEvent;
import io.ledgerline.project.command.api.ClientUpdatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/** Maps the client aggregate's internal events to the published language. */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
class ClientEventPublication {

    private final IntegrationEventPublisher publisher;

    ClientEventPublication(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(ClientRegisteredEvent event, EventMessage<ClientRegisteredEvent> message) {
        ClientDetails d = event.details();
        publisher.publish(new ClientRegistered(event.clientId(), d.name(), d.currency(), d.paymentTermsDays(),
                d.defaultTaxRate(), d.billingAddress(), d.vatId(), d.buyerReference(), d.invoiceEmail()), message);
    }

    @EventHandler
    void on(ClientUpdatedEvent event, EventMessage<ClientUpdatedEvent> message) {
        ClientDetails d = event.details();
        publisher.publish(new ClientUpdated(event.clientId(), d.name(), d.currency(), d.paymentTermsDays(),
                d.defaultTaxRate(), d.billingAddress(), d.vatId(), d.buyerReference(), d.invoiceEmail()), message);
    }

    @EventHandler
    void on(ClientArchivedEvent event, EventMessage<ClientArchivedEvent> message) {
        publisher.publish(new ClientArchived(event.clientId()), message);
    }
}
