package io.ledgerline.project.integration;

import io.ledgerline.platform.outbox.IntegrationEventPublisher;
import io.ledgerline.project.api.ProjectCreated;
import io.ledgerline.project.command.api.ProjectCreatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/** Maps project-service's internal events to its published language. */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
class ProjectEventPublication {

    private final IntegrationEventPublisher publisher;

    ProjectEventPublication(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(ProjectCreatedEvent event, EventMessage<ProjectCreatedEvent> message) {
        publisher.publish(new ProjectCreated(event.projectId(), event.clientId(), event.name(), event.code(),
                event.billingMode(), event.currency(), event.defaultHourlyRate(), event.fixedFee()), message);
    }
}
