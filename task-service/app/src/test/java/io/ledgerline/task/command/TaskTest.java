package io.ledgerline.task.command;

import static io.ledgerline.task.TaskFixtures.ACTOR;
import static io.ledgerline.task.TaskFixtures.BLOCKER_ID;
import static io.ledgerline.task.TaskFixtures.COMMENT_ID;
import static io.ledgerline.task.TaskFixtures.DUE;
import static io.ledgerline.task.TaskFixtures.ESTIMATE;
import static io.ledgerline.task.TaskFixtures.MEMBER;
import static io.ledgerline.task.TaskFixtures.OTHER_MEMBER;
import static io.ledgerline.task.TaskFixtures.OTHER_PROJECT_ID;
import static io.ledgerline.task.TaskFixtures.PROJECT_ID;
import static io.ledgerline.task.TaskFixtures.TASK_ID;
import static io.ledgerline.task.TaskFixtures.TENANT;
import static io.ledgerline.task.TaskFixtures.asCaller;
import static io.ledgerline.task.TaskFixtures.asOtherTenant;
import static io.ledgerline.task.TaskFixtures.createEstimatedTask;
import static io.ledgerline.task.TaskFixtures.createTask;
import static io.ledgerline.task.TaskFixtures.taskCreated;
import static io.ledgerline.task.api.TaskStatus.BLOCKED;
import static io.ledgerline.task.api.TaskStatus.CANCELLED;
import static io.ledgerline.task.api.TaskStatus.DONE;
import static io.ledgerline.task.api.TaskStatus.IN_PROGRESS;
import static io.ledgerline.task.api.TaskStatus.TODO;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.task.api.TaskStatus;
import io.ledgerline.task.api.UnassignmentReason;
import io.ledgerline.task.command.api.AddTaskDependencyCommand;
import io.ledgerline.task.command.api.AssignTaskCommand;
import io.ledgerline.task.command.api.ChangeTaskDueDateCommand;
import io.ledgerline.task.command.api.ChangeTaskStatusCommand;
import io.ledgerline.task.command.api.CommentOnTaskCommand;
import io.ledgerline.task.command.api.EstimateTaskCommand;
import io.ledgerline.task.command.api.RemoveTaskDependencyCommand;
import io.ledgerline.task.command.api.TaskAssignedEvent;
import io.ledgerline.task.command.api.TaskCommentedEvent;
import io.ledgerline.task.command.api.TaskDependencyAddedEvent;
import io.ledgerline.task.command.api.TaskDependencyRemovedEvent;
import io.ledgerline.task.command.api.TaskDueDateChangedEvent;
import io.ledgerline.task.command.api.TaskEstimatedEvent;
import io.ledgerline.task.command.api.TaskStatusChangedEvent;
import io.ledgerline.task.command.api.TaskUnassignedEvent;
import io.ledgerline.task.command.api.UnassignTaskCommand;
import java.math.BigDecimal;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TaskTest {

    private final InMemoryProjectDirectory projects = new InMemoryProjectDirectory();
    private final InMemoryTaskGraph graph = new InMemoryTaskGraph();
    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Task.class);
        fixture.registerInjectableResource(projects);
        fixture.registerInjectableResource(graph);
        // as the platform does: the caller's tenant and actor travel from the command onto its events
        fixture.registerCommandHandlerInterceptor(new CorrelationDataInterceptor<>(
                new SimpleCorrelationDataProvider(CallerContext.TENANT, CallerContext.ACTOR)));
        projects.active(TENANT, PROJECT_ID).member(TENANT, PROJECT_ID, MEMBER).member(TENANT, PROJECT_ID, OTHER_MEMBER);
        graph.task(TASK_ID, PROJECT_ID).task(BLOCKER_ID, PROJECT_ID);
    }

    /** A task created by the tenant's caller, followed by the given events. */
    private TestExecutor<Task> givenTask(Object... then) {
        TestExecutor<Task> given =
                fixture.given(GenericEventMessage.asEventMessage(taskCreated()).andMetaData(asCaller()));
        return then.length == 0 ? given : given.andGiven(then);
    }

    private static TaskStatusChangedEvent moved(TaskStatus from, TaskStatus to) {
        return new TaskStatusChangedEvent(TASK_ID, PROJECT_ID, from, to);
    }

    // creation

    @Test
    void createsATaskInAnActiveProject() {
        fixture.givenNoPriorActivity()
                .when(createTask(), asCaller())
                .expectEvents(taskCreated());
    }

    @Test
    void recordsTheEstimateAndDueDateGivenAtCreation() {
        fixture.givenNoPriorActivity()
                .when(createEstimatedTask(new BigDecimal("8.50"), DUE), asCaller())
                .expectEvents(taskCreated(), new TaskEstimatedEvent(TASK_ID, PROJECT_ID, ESTIMATE),
                        new TaskDueDateChangedEvent(TASK_ID, PROJECT_ID, DUE));
    }

    @Test
    void rejectsATaskInAnUnknownProject() {
        projects.forget();

        fixture.givenNoPriorActivity()
                .when(createTask(), asCaller())
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("project " + PROJECT_ID + " is not a known, active project");
    }

    @Test
    void rejectsATaskInAnotherTenantsProject() {
        fixture.givenNoPriorActivity()
                .when(createTask(), asOtherTenant())
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void rejectsATaskInACompletedProject() {
        projects.closed(TENANT, PROJECT_ID);

        fixture.givenNoPriorActivity()
                .when(createTask(), asCaller())
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsATitleLongerThan200Characters() {
        fixture.givenNoPriorActivity()
                .when(createTask("x".repeat(201), null), asCaller())
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsADescriptionLongerThan10000Characters() {
        fixture.givenNoPriorActivity()
                .when(createTask("Title", "x".repeat(10_001)), asCaller())
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    // tenancy

    @Test
    void answersAnotherTenantAsIfTheTaskDidNotExist() {
        givenTask()
                .when(new ChangeTaskStatusCommand(TASK_ID, IN_PROGRESS, null), asOtherTenant())
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    // workflow

    @Test
    void movesAlongTheWorkflow() {
        givenTask()
                .when(new ChangeTaskStatusCommand(TASK_ID, IN_PROGRESS, null), asCaller())
                .expectEvents(moved(TODO, IN_PROGRESS));
    }

    @Test
    void refusesAMoveTheWorkflowDoesNotAllowNamingTheRule() {
        givenTask()
                .when(new ChangeTaskStatusCommand(TASK_ID, DONE, null), asCaller())
                .expectException(IllegalStateException.class)
                .expectExceptionMessage("the workflow does not allow TODO -> DONE; from TODO only "
                        + "[IN_PROGRESS, BLOCKED, CANCELLED]");
    }

    @Test
    void reopensADoneTaskToInProgress() {
        givenTask(moved(TODO, IN_PROGRESS), moved(IN_PROGRESS, DONE))
                .when(new ChangeTaskStatusCommand(TASK_ID, IN_PROGRESS, null), asCaller())
                .expectEvents(moved(DONE, IN_PROGRESS));
    }

    @Test
    void keepsACancelledTaskFinal() {
        givenTask(moved(TODO, CANCELLED))
                .when(new ChangeTaskStatusCommand(TASK_ID, TODO, null), asCaller())
                .expectException(IllegalStateException.class)
                .expectExceptionMessage("the workflow does not allow CANCELLED -> TODO; from CANCELLED nothing is "
                        + "allowed (CANCELLED is final)");
    }

    @Test
    void movingToTheCurrentStatusChangesNothing() {
        givenTask(moved(TODO, BLOCKED))
                .when(new ChangeTaskStatusCommand(TASK_ID, BLOCKED, null), asCaller())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // dependencies

    @Test
    void refusesDoneWhileABlockerIsOpen() {
        givenTask(new TaskDependencyAddedEvent(TASK_ID, PROJECT_ID, BLOCKER_ID), moved(TODO, IN_PROGRESS))
                .when(new ChangeTaskStatusCommand(TASK_ID, DONE, null), asCaller())
                .expectException(IllegalStateException.class)
                .expectExceptionMessage("task " + TASK_ID + " cannot be DONE while blocked by open tasks ["
                        + BLOCKER_ID + "]");
    }

    @Test
    void goesToDoneOnceEveryBlockerIsClosed() {
        graph.done(BLOCKER_ID);

        givenTask(new TaskDependencyAddedEvent(TASK_ID, PROJECT_ID, BLOCKER_ID), moved(TODO, IN_PROGRESS))
                .when(new ChangeTaskStatusCommand(TASK_ID, DONE, null), asCaller())
                .expectEvents(moved(IN_PROGRESS, DONE));
    }

    @Test
    void isBlockedByAnotherTaskOfTheSameProject() {
        givenTask()
                .when(new AddTaskDependencyCommand(TASK_ID, BLOCKER_ID, null), asCaller())
                .expectEvents(new TaskDependencyAddedEvent(TASK_ID, PROJECT_ID, BLOCKER_ID));
    }

    @Test
    void refusesABlockerOfAnotherProject() {
        graph.task(BLOCKER_ID, OTHER_PROJECT_ID);

        givenTask()
                .when(new AddTaskDependencyCommand(TASK_ID, BLOCKER_ID, null), asCaller())
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("task " + BLOCKER_ID + " is not a task of project " + PROJECT_ID);
    }

    @Test
    void refusesATaskBlockingItself() {
        givenTask()
                .when(new AddTaskDependencyCommand(TASK_ID, TASK_ID, null), asCaller())
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void refusesADependencyThatWouldCloseACycle() {
        String middle = "5b0e8c4c-1f7e-4c0e-9d55-2b1f3f6c9a03";
        graph.task(middle, PROJECT_ID).blockedBy(BLOCKER_ID, middle).blockedBy(middle, TASK_ID);

        givenTask()
                .when(new AddTaskDependencyCommand(TASK_ID, BLOCKER_ID, null), asCaller())
                .expectException(IllegalStateException.class)
                .expectExceptionMessage("task " + BLOCKER_ID + " is already blocked by task " + TASK_ID
                        + ", directly or through other tasks: dependencies must not form a cycle");
    }

    @Test
    void removesABlocker() {
        givenTask(new TaskDependencyAddedEvent(TASK_ID, PROJECT_ID, BLOCKER_ID))
                .when(new RemoveTaskDependencyCommand(TASK_ID, BLOCKER_ID, null), asCaller())
                .expectEvents(new TaskDependencyRemovedEvent(TASK_ID, PROJECT_ID, BLOCKER_ID));
    }

    @Test
    void refusesToRemoveABlockerThatIsNotThere() {
        givenTask()
                .when(new RemoveTaskDependencyCommand(TASK_ID, BLOCKER_ID, null), asCaller())
                .expectException(IllegalStateException.class);
    }

    // assignees

    @Test
    void takesSeveralAssigneesFromTheProjectsMembers() {
        givenTask(new TaskAssignedEvent(TASK_ID, PROJECT_ID, MEMBER))
                .when(new AssignTaskCommand(TASK_ID, OTHER_MEMBER, null), asCaller())
                .expectEvents(new TaskAssignedEvent(TASK_ID, PROJECT_ID, OTHER_MEMBER));
    }

    @Test
    void refusesToAssignSomeoneWhoIsNotACurrentMember() {
        givenTask()
                .when(new AssignTaskCommand(TASK_ID, "mallory", null), asCaller())
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("user mallory is not a current member of project " + PROJECT_ID);
    }

    @Test
    void assigningAnAssigneeAgainChangesNothing() {
        givenTask(new TaskAssignedEvent(TASK_ID, PROJECT_ID, MEMBER))
                .when(new AssignTaskCommand(TASK_ID, MEMBER, null), asCaller())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesToAssignADoneTask() {
        givenTask(moved(TODO, IN_PROGRESS), moved(IN_PROGRESS, DONE))
                .when(new AssignTaskCommand(TASK_ID, MEMBER, null), asCaller())
                .expectException(IllegalStateException.class);
    }

    @Test
    void unassignsAnAssigneeWithTheReason() {
        givenTask(new TaskAssignedEvent(TASK_ID, PROJECT_ID, MEMBER))
                .when(new UnassignTaskCommand(TASK_ID, MEMBER, UnassignmentReason.LEFT_PROJECT, null), asCaller())
                .expectEvents(new TaskUnassignedEvent(TASK_ID, PROJECT_ID, MEMBER, UnassignmentReason.LEFT_PROJECT));
    }

    @Test
    void refusesToUnassignSomeoneWhoIsNotAssigned() {
        givenTask()
                .when(new UnassignTaskCommand(TASK_ID, MEMBER, UnassignmentReason.UNASSIGNED, null), asCaller())
                .expectException(IllegalStateException.class);
    }

    // closed projects

    @Test
    void refusesAssignmentInACompletedProject() {
        projects.closed(TENANT, PROJECT_ID);

        givenTask()
                .when(new AssignTaskCommand(TASK_ID, MEMBER, null), asCaller())
                .expectException(IllegalStateException.class)
                .expectExceptionMessage("project " + PROJECT_ID
                        + " is COMPLETED or ARCHIVED: its tasks take no new work, only cancellation");
    }

    @Test
    void refusesOtherMovesThanCancellationInAnArchivedProject() {
        projects.closed(TENANT, PROJECT_ID);

        givenTask()
                .when(new ChangeTaskStatusCommand(TASK_ID, IN_PROGRESS, null), asCaller())
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }

    @Test
    void cancelsATaskOfAnArchivedProject() {
        projects.closed(TENANT, PROJECT_ID);

        givenTask()
                .when(new ChangeTaskStatusCommand(TASK_ID, CANCELLED, null), asCaller())
                .expectEvents(moved(TODO, CANCELLED));
    }

    // estimate, due date, comments

    @Test
    void estimatesInHours() {
        givenTask()
                .when(new EstimateTaskCommand(TASK_ID, new BigDecimal("8.50"), null), asCaller())
                .expectEvents(new TaskEstimatedEvent(TASK_ID, PROJECT_ID, ESTIMATE));
    }

    @Test
    void rejectsAnEstimateWithMoreThanTwoDecimals() {
        givenTask()
                .when(new EstimateTaskCommand(TASK_ID, new BigDecimal("1.125"), null), asCaller())
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void refusesAnEstimateOnACancelledTask() {
        givenTask(moved(TODO, CANCELLED))
                .when(new EstimateTaskCommand(TASK_ID, ESTIMATE, null), asCaller())
                .expectException(IllegalStateException.class)
                .expectExceptionMessage("task " + TASK_ID + " is CANCELLED, which is final");
    }

    @Test
    void clearsTheDueDate() {
        givenTask(new TaskDueDateChangedEvent(TASK_ID, PROJECT_ID, DUE))
                .when(new ChangeTaskDueDateCommand(TASK_ID, null, null), asCaller())
                .expectEvents(new TaskDueDateChangedEvent(TASK_ID, PROJECT_ID, null));
    }

    @Test
    void recordsTheCallerAsTheCommentsAuthor() {
        givenTask()
                .when(new CommentOnTaskCommand(TASK_ID, COMMENT_ID, "Looks good", null), asCaller())
                .expectEvents(new TaskCommentedEvent(TASK_ID, PROJECT_ID, COMMENT_ID, ACTOR, "Looks good"));
    }

    @Test
    void rejectsACommentLongerThan10000Characters() {
        givenTask()
                .when(new CommentOnTaskCommand(TASK_ID, COMMENT_ID, "x".repeat(10_001), null), asCaller())
                .expectException(IllegalArgumentException.class);
    }
}
