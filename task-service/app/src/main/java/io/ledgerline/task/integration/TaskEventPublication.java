package io.ledgerline.task.integration;

import io.ledgerline.platform.outbox.IntegrationEventPublisher;
import io.ledgerline.task.api.TaskAssigned;
import io.ledgerline.task.api.TaskCommented;
import io.ledgerline.task.api.TaskCreated;
import io.ledgerline.task.api.TaskDependencyAdded;
import io.ledgerline.task.api.TaskDependencyRemoved;
import io.ledgerline.task.api.TaskDueDateChanged;
import io.ledgerline.task.api.TaskEstimated;
import io.ledgerline.task.api.TaskStatusChanged;
import io.ledgerline.task.api.TaskUnassigned;
import io.ledgerline.task.command.api.TaskAssignedEvent;
import io.ledgerline.task.command.api.TaskCommentedEvent;
import io.ledgerline.task.command.api.TaskCreatedEvent;
import io.ledgerline.task.command.api.TaskDependencyAddedEvent;
import io.ledgerline.task.command.api.TaskDependencyRemovedEvent;
import io.ledgerline.task.command.api.TaskDueDateChangedEvent;
import io.ledgerline.task.command.api.TaskEstimatedEvent;
import io.ledgerline.task.command.api.TaskStatusChangedEvent;
import io.ledgerline.task.command.api.TaskUnassignedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/** Maps each of task-service's internal events to its published language. */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
class TaskEventPublication {

    private final IntegrationEventPublisher publisher;

    TaskEventPublication(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(TaskCreatedEvent event, EventMessage<?> message) {
        publisher.publish(new TaskCreated(event.taskId(), event.projectId(), event.title(), event.description(),
                event.priority()), message);
    }

    @EventHandler
    void on(TaskAssignedEvent event, EventMessage<?> message) {
        publisher.publish(new TaskAssigned(event.taskId(), event.projectId(), event.userId()), message);
    }

    @EventHandler
    void on(TaskUnassignedEvent event, EventMessage<?> message) {
        publisher.publish(new TaskUnassigned(event.taskId(), event.projectId(), event.userId(), event.reason()),
                message);
    }

    @EventHandler
    void on(TaskStatusChangedEvent event, EventMessage<?> message) {
        publisher.publish(new TaskStatusChanged(event.taskId(), event.projectId(), event.from(), event.to()),
                message);
    }

    @EventHandler
    void on(TaskEstimatedEvent event, EventMessage<?> message) {
        publisher.publish(new TaskEstimated(event.taskId(), event.projectId(), event.estimateHours()), message);
    }

    @EventHandler
    void on(TaskDueDateChangedEvent event, EventMessage<?> message) {
        publisher.publish(new TaskDueDateChanged(event.taskId(), event.projectId(), event.dueDate()), message);
    }

    @EventHandler
    void on(TaskDependencyAddedEvent event, EventMessage<?> message) {
        publisher.publish(new TaskDependencyAdded(event.taskId(), event.projectId(), event.blockerTaskId()),
                message);
    }

    @EventHandler
    void on(TaskDependencyRemovedEvent event, EventMessage<?> message) {
        publisher.publish(new TaskDependencyRemoved(event.taskId(), event.projectId(), event.blockerTaskId()),
                message);
    }

    @EventHandler
    void on(TaskCommentedEvent event, EventMessage<?> message) {
        publisher.publish(new TaskCommented(event.taskId(), event.projectId(), event.commentId(), event.authorId(),
                event.text()), message);
    }
}
