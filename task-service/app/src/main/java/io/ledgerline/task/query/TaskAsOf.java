package io.ledgerline.task.query;

import io.ledgerline.task.api.TaskPriority;
import io.ledgerline.task.api.TaskStatus;
import io.ledgerline.task.command.api.TaskAssignedEvent;
import io.ledgerline.task.command.api.TaskCreatedEvent;
import io.ledgerline.task.command.api.TaskDependencyAddedEvent;
import io.ledgerline.task.command.api.TaskDependencyRemovedEvent;
import io.ledgerline.task.command.api.TaskDueDateChangedEvent;
import io.ledgerline.task.command.api.TaskEstimatedEvent;
import io.ledgerline.task.command.api.TaskStatusChangedEvent;
import io.ledgerline.task.command.api.TaskUnassignedEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.axonframework.eventhandling.DomainEventMessage;

/** A task as it stood at a past instant, folded from the events it had then. */
public final class TaskAsOf {

    private String taskId;
    private String projectId;
    private String title;
    private String description;
    private TaskPriority priority;
    private TaskStatus status;
    private BigDecimal estimateHours;
    private LocalDate dueDate;
    private final TreeSet<String> assignees = new TreeSet<>();
    private final TreeSet<String> blockedBy = new TreeSet<>();
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    private TaskAsOf() {
    }

    /** Folds a task's events, oldest first, into the view the API shows. */
    public static TaskSummary fold(List<DomainEventMessage<?>> events) {
        TaskAsOf task = new TaskAsOf();
        events.forEach(task::apply);
        return new TaskSummary(task.taskId, task.projectId, task.title, task.description, task.priority, task.status,
                task.estimateHours, task.dueDate, List.copyOf(task.assignees), List.copyOf(task.blockedBy),
                task.version, task.createdAt, task.updatedAt);
    }

    private void apply(DomainEventMessage<?> message) {
        version = message.getSequenceNumber();
        updatedAt = message.getTimestamp();
        Object event = message.getPayload();
        if (event instanceof TaskCreatedEvent created) {
            taskId = created.taskId();
            projectId = created.projectId();
            title = created.title();
            description = created.description();
            priority = created.priority();
            status = TaskStatus.TODO;
            createdAt = message.getTimestamp();
        } else if (event instanceof TaskStatusChangedEvent changed) {
            status = changed.to();
        } else if (event instanceof TaskEstimatedEvent estimated) {
            estimateHours = estimated.estimateHours();
        } else if (event instanceof TaskDueDateChangedEvent due) {
            dueDate = due.dueDate();
        } else if (event instanceof TaskAssignedEvent assigned) {
            assignees.add(assigned.userId());
        } else if (event instanceof TaskUnassignedEvent unassigned) {
            assignees.remove(unassigned.userId());
        } else if (event instanceof TaskDependencyAddedEvent added) {
            blockedBy.add(added.blockerTaskId());
        } else if (event instanceof TaskDependencyRemovedEvent removed) {
            blockedBy.remove(removed.blockerTaskId());
        }
    }
}
