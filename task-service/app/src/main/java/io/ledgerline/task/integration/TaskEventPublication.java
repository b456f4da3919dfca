package io.ledgerline.task.integration;

import io.ledgerline.platform.outbox.IntegrationEventPublisher;
import io.ledgerline.task.api.TaskCreated;
import io.ledgerline.task.command.api.TaskCreatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/** Maps task-service's internal events to its published language. */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
class TaskEventPublication {

    private final IntegrationEventPublisher publisher;

    TaskEventPublication(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(TaskCreatedEvent event, EventMessage<TaskCreatedEvent> message) {
        publisher.publish(new TaskCreated(event.taskId(), event.projectId(), event.title(), event.description(),
                event.priority()), message);
    }
}
