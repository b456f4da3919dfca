package io.ledgerline.project.integration;

import io.ledgerline.platform.outbox.IntegrationEventPublisher;
import io.ledgerline.project.api.ProjectBudgetChanged;
import io.ledgerline.project.api.ProjectCreated;
import io.ledgerline.project.api.ProjectMemberAdded;
import io.ledgerline.project.api.ProjectMemberRemoved;
import io.ledgerline.project.api.ProjectRateChanged;
import io.ledgerline.project.api.ProjectStatusChanged;
import io.ledgerline.project.command.api.ProjectBudgetChangedEvent;
import io.ledgerline.project.command.api.ProjectCreatedEvent;
import io.ledgerline.project.command.api.ProjectMemberAddedEvent;
import io.ledgerline.project.command.api.ProjectMemberRemovedEvent;
import io.ledgerline.project.command.api.ProjectRateChangedEvent;
import io.ledgerline.project.command.api.ProjectStatusChangedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/** Maps the project aggregate's internal events to the published language. */
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

    @EventHandler
    void on(ProjectMemberAddedEvent event, EventMessage<ProjectMemberAddedEvent> message) {
        publisher.publish(new ProjectMemberAdded(event.projectId(), event.userId(), event.role(), event.hourlyRate(),
                event.currency()), message);
    }

    @EventHandler
    void on(ProjectMemberRemovedEvent event, EventMessage<ProjectMemberRemovedEvent> message) {
        publisher.publish(new ProjectMemberRemoved(event.projectId(), event.userId()), message);
    }

    @EventHandler
    void on(ProjectRateChangedEvent event, EventMessage<ProjectRateChangedEvent> message) {
        publisher.publish(new ProjectRateChanged(event.projectId(), event.userId(), event.hourlyRate(),
                event.currency(), event.effectiveFrom(), event.rateVersion()), message);
    }

    @EventHandler
    void on(ProjectBudgetChangedEvent event, EventMessage<ProjectBudgetChangedEvent> message) {
        publisher.publish(new ProjectBudgetChanged(event.projectId(), event.hours(), event.amount(),
                event.currency(), event.resetsMonthly()), message);
    }

    @EventHandler
    void on(ProjectStatusChangedEvent event, EventMessage<ProjectStatusChangedEvent> message) {
        publisher.publish(new ProjectStatusChanged(event.projectId(), event.from(), event.to()), message);
    }
}
