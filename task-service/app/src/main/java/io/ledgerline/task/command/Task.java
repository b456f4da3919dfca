package io.ledgerline.task.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.platform.eventstore.Snapshots;
import io.ledgerline.task.api.TaskPriority;
import io.ledgerline.task.api.TaskStatus;
import io.ledgerline.task.command.api.AddTaskDependencyCommand;
import io.ledgerline.task.command.api.AssignTaskCommand;
import io.ledgerline.task.command.api.ChangeTaskDueDateCommand;
import io.ledgerline.task.command.api.ChangeTaskStatusCommand;
import io.ledgerline.task.command.api.CommentOnTaskCommand;
import io.ledgerline.task.command.api.CreateTaskCommand;
import io.ledgerline.task.command.api.EstimateTaskCommand;
import io.ledgerline.task.command.api.RemoveTaskDependencyCommand;
import io.ledgerline.task.command.api.TaskAssignedEvent;
import io.ledgerline.task.command.api.TaskCommentedEvent;
import io.ledgerline.task.command.api.TaskCreatedEvent;
import io.ledgerline.task.command.api.TaskDependencyAddedEvent;
import io.ledgerline.task.command.api.TaskDependencyRemovedEvent;
import io.ledgerline.task.command.api.TaskDueDateChangedEvent;
import io.ledgerline.task.command.api.TaskEstimatedEvent;
import io.ledgerline.task.command.api.TaskStatusChangedEvent;
import io.ledgerline.task.command.api.TaskUnassignedEvent;
import io.ledgerline.task.command.api.UnassignTaskCommand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A piece of work in a project, with its workflow, assignees, blockers and comments. A long discussion makes a long
 * stream, so the task takes part in snapshots and the aggregate cache ({@link Snapshots}, off unless configured).
 */
@Aggregate(snapshotTriggerDefinition = Snapshots.TRIGGER, cache = Snapshots.CACHE)
class Task {

    private static final String TENANT = CallerContext.TENANT;

    @AggregateIdentifier
    private String taskId;
    private String tenant;
    private String projectId;
    private TaskStatus status;
    private BigDecimal estimateHours;
    private LocalDate dueDate;
    private final Set<String> assignees = new HashSet<>();
    private final Set<String> blockers = new HashSet<>();

    Task() {
        // for Axon to rebuild from events
    }

    @CommandHandler
    Task(CreateTaskCommand command, @MetaDataValue(TENANT) String tenant, ProjectDirectory projects) {
        TaskRules.requireTitle(command.title());
        TaskRules.requireDescription(command.description());
        if (command.estimateHours() != null) {
            TaskRules.requireEstimate(command.estimateHours());
        }
        if (!projects.takesNewWork(tenant, command.projectId())) {
            throw new IllegalArgumentException("project " + command.projectId() + " is not a known, active project");
        }
        apply(new TaskCreatedEvent(command.taskId(), command.projectId(), command.title().strip(),
                command.description(), command.priority() == null ? TaskPriority.NORMAL : command.priority()));
        if (command.estimateHours() != null) {
            apply(new TaskEstimatedEvent(command.taskId(), command.projectId(),
                    TaskRules.canonical(command.estimateHours())));
        }
        if (command.dueDate() != null) {
            apply(new TaskDueDateChangedEvent(command.taskId(), command.projectId(), command.dueDate()));
        }
    }

    @CommandHandler
    void handle(AssignTaskCommand command, @MetaDataValue(TENANT) String tenant, ProjectDirectory projects) {
        requireTenant(tenant);
        requireTakesWork(projects);
        if (!status.isOpen()) {
            throw new IllegalStateException("task " + taskId + " is " + status + ": only open tasks take assignees");
        }
        if (!projects.isMember(tenant, projectId, command.userId())) {
            throw new IllegalArgumentException("user " + command.userId() + " is not a current member of project "
                    + projectId);
        }
        if (!assignees.contains(command.userId())) {
            apply(new TaskAssignedEvent(taskId, projectId, command.userId()));
        }
    }

    @CommandHandler
    void handle(UnassignTaskCommand command, @MetaDataValue(TENANT) String tenant) {
        requireTenant(tenant);
        if (!assignees.contains(command.userId())) {
            throw new IllegalStateException("user " + command.userId() + " is not assigned to task " + taskId);
        }
        apply(new TaskUnassignedEvent(taskId, projectId, command.userId(), command.reason()));
    }

    @CommandHandler
    void handle(ChangeTaskStatusCommand command, @MetaDataValue(TENANT) String tenant, ProjectDirectory projects,
                TaskGraph graph) {
        requireTenant(tenant);
        TaskStatus to = Objects.requireNonNull(command.status(), "status");
        if (to == status) {
            return;
        }
        TaskWorkflow.requireAllowed(status, to);
        if (to != TaskStatus.CANCELLED) {
            requireTakesWork(projects);
        }
        if (to == TaskStatus.DONE) {
            Set<String> open = graph.openAmong(tenant, blockers);
            if (!open.isEmpty()) {
                throw new IllegalStateException("task " + taskId + " cannot be DONE while blocked by open tasks "
                        + open.stream().sorted().toList());
            }
        }
        apply(new TaskStatusChangedEvent(taskId, projectId, status, to));
    }

    @CommandHandler
    void handle(EstimateTaskCommand command, @MetaDataValue(TENANT) String tenant, ProjectDirectory projects) {
        requireTenant(tenant);
        TaskRules.requireEstimate(command.estimateHours());
        requireTakesWork(projects);
        if (estimateHours == null || estimateHours.compareTo(command.estimateHours()) != 0) {
            apply(new TaskEstimatedEvent(taskId, projectId, TaskRules.canonical(command.estimateHours())));
        }
    }

    @CommandHandler
    void handle(ChangeTaskDueDateCommand command, @MetaDataValue(TENANT) String tenant, ProjectDirectory projects) {
        requireTenant(tenant);
        requireTakesWork(projects);
        if (!Objects.equals(dueDate, command.dueDate())) {
            apply(new TaskDueDateChangedEvent(taskId, projectId, command.dueDate()));
        }
    }

    @CommandHandler
    void handle(AddTaskDependencyCommand command, @MetaDataValue(TENANT) String tenant, ProjectDirectory projects,
                TaskGraph graph) {
        requireTenant(tenant);
        String blocker = command.blockerTaskId();
        if (taskId.equals(blocker)) {
            throw new IllegalArgumentException("task " + taskId + " cannot block itself");
        }
        requireTakesWork(projects);
        if (!status.isOpen()) {
            throw new IllegalStateException("task " + taskId + " is " + status + ": only open tasks take blockers");
        }
        if (!graph.projectOf(tenant, blocker).filter(projectId::equals).isPresent()) {
            throw new IllegalArgumentException("task " + blocker + " is not a task of project " + projectId);
        }
        if (blockers.contains(blocker)) {
            return;
        }
        if (graph.isBlockedBy(tenant, projectId, blocker, taskId)) {
            throw new IllegalStateException("task " + blocker + " is already blocked by task " + taskId
                    + ", directly or through other tasks: dependencies must not form a cycle");
        }
        apply(new TaskDependencyAddedEvent(taskId, projectId, blocker));
    }

    @CommandHandler
    void handle(RemoveTaskDependencyCommand command, @MetaDataValue(TENANT) String tenant) {
        requireTenant(tenant);
        if (!blockers.contains(command.blockerTaskId())) {
            throw new IllegalStateException("task " + taskId + " is not blocked by task " + command.blockerTaskId());
        }
        apply(new TaskDependencyRemovedEvent(taskId, projectId, command.blockerTaskId()));
    }

    @CommandHandler
    void handle(CommentOnTaskCommand command, @MetaDataValue(TENANT) String tenant,
                @MetaDataValue(CallerContext.ACTOR) String author, ProjectDirectory projects) {
        requireTenant(tenant);
        TaskRules.requireComment(command.text());
        requireTakesWork(projects);
        apply(new TaskCommentedEvent(taskId, projectId, command.commentId(), author, command.text()));
    }

    /** A task of another tenant answers as if it did not exist. */
    private void requireTenant(String callerTenant) {
        if (!tenant.equals(callerTenant)) {
            throw new AggregateNotFoundException(taskId, "task " + taskId + " does not exist");
        }
    }

    /** CANCELLED tasks and tasks of COMPLETED or ARCHIVED projects take no new work. */
    private void requireTakesWork(ProjectDirectory projects) {
        if (status == TaskStatus.CANCELLED) {
            throw new IllegalStateException("task " + taskId + " is CANCELLED, which is final");
        }
        if (projects.isClosed(tenant, projectId)) {
            throw new IllegalStateException("project " + projectId
                    + " is COMPLETED or ARCHIVED: its tasks take no new work, only cancellation");
        }
    }

    @EventSourcingHandler
    void on(TaskCreatedEvent event, @MetaDataValue(TENANT) String tenant) {
        taskId = event.taskId();
        this.tenant = tenant;
        projectId = event.projectId();
        status = TaskStatus.TODO;
    }

    @EventSourcingHandler
    void on(TaskAssignedEvent event) {
        assignees.add(event.userId());
    }

    @EventSourcingHandler
    void on(TaskUnassignedEvent event) {
        assignees.remove(event.userId());
    }

    @EventSourcingHandler
    void on(TaskStatusChangedEvent event) {
        status = event.to();
    }

    @EventSourcingHandler
    void on(TaskEstimatedEvent event) {
        estimateHours = event.estimateHours();
    }

    @EventSourcingHandler
    void on(TaskDueDateChangedEvent event) {
        dueDate = event.dueDate();
    }

    @EventSourcingHandler
    void on(TaskDependencyAddedEvent event) {
        blockers.add(event.blockerTaskId());
    }

    @EventSourcingHandler
    void on(TaskDependencyRemovedEvent event) {
        blockers.remove(event.blockerTaskId());
    }
}
