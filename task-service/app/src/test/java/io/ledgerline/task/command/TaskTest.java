package io.ledgerline.task.command;

import static io.ledgerline.task.TaskFixtures.PROJECT_ID;
import static io.ledgerline.task.TaskFixtures.TENANT;
import static io.ledgerline.task.TaskFixtures.createTask;
import static io.ledgerline.task.TaskFixtures.taskCreated;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.task.command.api.CreateTaskCommand;
import java.util.Map;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TaskTest {

    private static final Map<String, String> AS_TENANT = Map.of(CallerContext.TENANT, TENANT);

    private final Set<String> activeProjects = new java.util.HashSet<>();
    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Task.class);
        fixture.registerInjectableResource((ProjectDirectory) (tenant, projectId) ->
                activeProjects.contains(tenant + "/" + projectId));
        activeProjects.add(TENANT + "/" + PROJECT_ID);
    }

    @Test
    void createsATaskInAnActiveProject() {
        fixture.givenNoPriorActivity()
                .when(createTask(), AS_TENANT)
                .expectEvents(taskCreated());
    }

    @Test
    void rejectsATaskInAnUnknownProject() {
        activeProjects.clear();

        fixture.givenNoPriorActivity()
                .when(createTask(), AS_TENANT)
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("project " + PROJECT_ID + " is not a known, active project");
    }

    @Test
    void rejectsATaskInAnotherTenantsProject() {
        fixture.givenNoPriorActivity()
                .when(createTask(), Map.of(CallerContext.TENANT, "other-tenant"))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void rejectsATitleLongerThan200Characters() {
        CreateTaskCommand command = createTask();
        fixture.givenNoPriorActivity()
                .when(new CreateTaskCommand(command.taskId(), command.projectId(), "x".repeat(201), null, null),
                        AS_TENANT)
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsADescriptionLongerThan10000Characters() {
        CreateTaskCommand command = createTask();
        fixture.givenNoPriorActivity()
                .when(new CreateTaskCommand(command.taskId(), command.projectId(), "Title", "x".repeat(10_001),
                        null), AS_TENANT)
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }
}
