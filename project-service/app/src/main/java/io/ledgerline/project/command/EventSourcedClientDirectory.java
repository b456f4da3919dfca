package io.ledgerline.project.command;

import java.util.Optional;
import org.axonframework.config.Configuration;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Asks the {@link Client} aggregate itself, loaded from the event store in the command's unit of work, so a project
 * is never created under a client archived a moment before (the client stays locked until the command commits).
 */
@Component
class EventSourcedClientDirectory implements ClientDirectory {

    private final ObjectProvider<Configuration> axon;

    EventSourcedClientDirectory(ObjectProvider<Configuration> axon) {
        this.axon = axon;
    }

    @Override
    public Optional<ClientStanding> find(String tenant, String clientId) {
        try {
            return axon.getObject().repository(Client.class).load(clientId)
                    .invoke(client -> client.standingFor(tenant));
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }
}
