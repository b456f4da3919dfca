package io.ledgerline.task.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.task.api.TaskPriority;
import io.ledgerline.task.command.api.CreateTaskCommand;
import io.ledgerline.task.command.api.TaskCreatedEvent;
import io.ledgerline.task.command.api.TaskStatus;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A piece of work in a project. */
@Aggregate
class Task {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 10_000;

    @AggregateIdentifier
    private String taskId;
    private TaskStatus status;

    Task() {
        // for Axon to rebuild from events
    }

    @CommandHandler
    Task(CreateTaskCommand command, @MetaDataValue(CallerContext.TENANT) String tenant, ProjectDirectory projects) {
        if (command.title() == null || command.title().isBlank() || command.title().strip().length() > MAX_TITLE) {
            throw new IllegalArgumentException("title must be 1 to " + MAX_TITLE + " characters");
        }
        if (command.description() != null && command.description().length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("description must be at most " + MAX_DESCRIPTION + " characters");
        }
        if (!projects.takesNewWork(tenant, command.projectId())) {
            throw new IllegalArgumentException("project " + command.projectId() + " is not a known, active project");
        }
        apply(new TaskCreatedEvent(command.taskId(), command.projectId(), command.title().strip(),
                command.description(), command.priority() == null ? TaskPriority.NORMAL : command.priority()));
    }

    @EventSourcingHandler
    void on(TaskCreatedEvent event) {
        taskId = event.taskId();
        status = TaskStatus.TODO;
    }
}
