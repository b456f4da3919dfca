package io.ledgerline.project.command;

import static io.ledgerline.project.ClientFixtures.AS_OTHER_TENANT;
import static io.ledgerline.project.ClientFixtures.AS_TENANT;
import static io.ledgerline.project.ClientFixtures.stored;
import static io.ledgerline.project.ProjectFixtures.ADA;
import static io.ledgerline.project.ProjectFixtures.BOB;
import static io.ledgerline.project.ProjectFixtures.PROJECT_ID;
import static io.ledgerline.project.ProjectFixtures.RATE;
import static io.ledgerline.project.ProjectFixtures.createProject;
import static io.ledgerline.project.ProjectFixtures.memberAdded;
import static io.ledgerline.project.ProjectFixtures.projectCreated;
import static io.ledgerline.project.ProjectFixtures.projectCreatedEvent;

import io.ledgerline.project.api.BillingMode;
import io.ledgerline.project.api.ProjectRole;
import io.ledgerline.project.api.ProjectStatus;
import io.ledgerline.project.command.api.AddProjectMemberCommand;
import io.ledgerline.project.command.api.ChangeProjectBudgetCommand;
import io.ledgerline.project.command.api.ChangeProjectRateCommand;
import io.ledgerline.project.command.api.ChangeProjectStatusCommand;
import io.ledgerline.project.command.api.CreateProjectCommand;
import io.ledgerline.project.command.api.ProjectBudgetChangedEvent;
import io.ledgerline.project.command.api.ProjectCreatedEvent;
import io.ledgerline.project.command.api.ProjectMemberAddedEvent;
import io.ledgerline.project.command.api.ProjectMemberRemovedEvent;
import io.ledgerline.project.command.api.ProjectRateChangedEvent;
import io.ledgerline.project.command.api.ProjectStatusChangedEvent;
import io.ledgerline.project.command.api.RemoveProjectMemberCommand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProjectTest {

    private static final LocalDate JULY = LocalDate.of(2026, 7, 1);

    private AggregateTestFixture<Project> fixture;
    private ClientStanding client = new ClientStanding("EUR", true);

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Project.class);
        fixture.registerInjectableResource((ClientDirectory) (tenant, clientId) -> Optional.ofNullable(client));
    }

    @Test
    void createsAProjectUnderAnActiveClient() {
        fixture.givenNoPriorActivity()
                .when(createProject(), AS_TENANT)
                .expectSuccessfulHandlerExecution()
                .expectEvents(projectCreatedEvent());
    }

    @Test
    void theManagerWhoCreatesAProjectIsItsFirstManager() {
        CreateProjectCommand command = createProject();
        fixture.givenNoPriorActivity()
                .when(new CreateProjectCommand(PROJECT_ID, command.clientId(), command.name(), command.code(),
                        command.billingMode(), "EUR", RATE, null, ADA), AS_TENANT)
                .expectSuccessfulHandlerExecution()
                .expectEvents(projectCreatedEvent(),
                        new ProjectMemberAddedEvent(PROJECT_ID, ADA, ProjectRole.MANAGER, null, "EUR"));
    }

    @Test
    void takesTheClientsCurrencyWhenNoneIsGiven() {
        client = new ClientStanding("CHF", true);
        ProjectCreatedEvent expected = projectCreatedEvent();
        fixture.givenNoPriorActivity()
                .when(createProject(BillingMode.TIME_AND_MATERIALS, null, RATE, null), AS_TENANT)
                .expectEvents(new ProjectCreatedEvent(PROJECT_ID, expected.clientId(), expected.name(),
                        expected.code(), expected.billingMode(), "CHF", RATE, null));
    }

    @Test
    void refusesAProjectForAnUnknownClient() {
        client = null;
        fixture.givenNoPriorActivity()
                .when(createProject(), AS_TENANT)
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void refusesAProjectUnderAnArchivedClient() {
        client = new ClientStanding("EUR", false);
        fixture.givenNoPriorActivity()
                .when(createProject(), AS_TENANT)
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAnUnknownCurrency() {
        fixture.givenNoPriorActivity()
                .when(createProject(BillingMode.TIME_AND_MATERIALS, "XYZ", RATE, null), AS_TENANT)
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("currency must be an ISO 4217 code, not XYZ");
    }

    @Test
    void rejectsAFixedFeeProjectWithoutAFee() {
        fixture.givenNoPriorActivity()
                .when(createProject(BillingMode.FIXED_FEE, "EUR", null, null), AS_TENANT)
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsANegativeRate() {
        fixture.givenNoPriorActivity()
                .when(createProject(BillingMode.TIME_AND_MATERIALS, "EUR", new BigDecimal("-1"), null), AS_TENANT)
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAMalformedCode() {
        CreateProjectCommand command = createProject();
        fixture.givenNoPriorActivity()
                .when(new CreateProjectCommand(PROJECT_ID, command.clientId(),
                        command.name(), "web 1", command.billingMode(), "EUR", null, null, null), AS_TENANT)
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void addsAMemberWithAPersonalRate() {
        fixture.given(projectCreated())
                .when(new AddProjectMemberCommand(PROJECT_ID, ADA, ProjectRole.MANAGER, RATE, null), AS_TENANT)
                .expectEvents(new ProjectMemberAddedEvent(PROJECT_ID, ADA, ProjectRole.MANAGER, RATE, "EUR"));
    }

    @Test
    void refusesToAddAMemberTwice() {
        fixture.given(projectCreated(), memberAdded(ADA, ProjectRole.MEMBER))
                .when(new AddProjectMemberCommand(PROJECT_ID, ADA, ProjectRole.MANAGER, null, null), AS_TENANT)
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }

    @Test
    void removesAMember() {
        fixture.given(projectCreated(), memberAdded(ADA, ProjectRole.MANAGER), memberAdded(BOB, ProjectRole.MEMBER))
                .when(new RemoveProjectMemberCommand(PROJECT_ID, BOB, null), AS_TENANT)
                .expectEvents(new ProjectMemberRemovedEvent(PROJECT_ID, BOB));
    }

    @Test
    void keepsAtLeastOneManager() {
        fixture.given(projectCreated(), memberAdded(ADA, ProjectRole.MANAGER), memberAdded(BOB, ProjectRole.MEMBER))
                .when(new RemoveProjectMemberCommand(PROJECT_ID, ADA, null), AS_TENANT)
                .expectException(IllegalStateException.class)
                .expectExceptionMessage("a project keeps at least one manager: ada is the last one");
    }

    @Test
    void refusesToRemoveSomeoneWhoIsNotAMember() {
        fixture.given(projectCreated())
                .when(new RemoveProjectMemberCommand(PROJECT_ID, BOB, null), AS_TENANT)
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }

    @Test
    void changesTheDefaultRateFromADate() {
        BigDecimal raised = new BigDecimal("130.00");
        fixture.given(projectCreated())
                .when(new ChangeProjectRateCommand(PROJECT_ID, null, raised, JULY, null), AS_TENANT)
                .expectEvents(new ProjectRateChangedEvent(PROJECT_ID, null, raised, "EUR", JULY, 1));
    }

    @Test
    void numbersEveryRateChangeOfTheProject() {
        BigDecimal personal = new BigDecimal("150.00");
        fixture.given(projectCreated(), memberAdded(ADA, ProjectRole.MANAGER),
                        stored(new ProjectRateChangedEvent(PROJECT_ID, null, RATE, "EUR", JULY, 1)))
                .when(new ChangeProjectRateCommand(PROJECT_ID, ADA, personal, JULY.plusMonths(1), null), AS_TENANT)
                .expectEvents(new ProjectRateChangedEvent(PROJECT_ID, ADA, personal, "EUR", JULY.plusMonths(1), 2));
    }

    @Test
    void refusesAPersonalRateForSomeoneWhoIsNotAMember() {
        fixture.given(projectCreated())
                .when(new ChangeProjectRateCommand(PROJECT_ID, BOB, RATE, JULY, null), AS_TENANT)
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }

    @Test
    void refusesARateWithoutADate() {
        fixture.given(projectCreated())
                .when(new ChangeProjectRateCommand(PROJECT_ID, null, RATE, null, null), AS_TENANT)
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void setsABudgetThatResetsMonthly() {
        BigDecimal hours = new BigDecimal("40");
        fixture.given(projectCreated())
                .when(new ChangeProjectBudgetCommand(PROJECT_ID, hours, null, true, null), AS_TENANT)
                .expectEvents(new ProjectBudgetChangedEvent(PROJECT_ID, hours, null, "EUR", true));
    }

    @Test
    void refusesAMonthlyBudgetWithoutLimits() {
        fixture.given(projectCreated())
                .when(new ChangeProjectBudgetCommand(PROJECT_ID, null, null, true, null), AS_TENANT)
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void putsAProjectOnHoldAndBack() {
        fixture.given(projectCreated(), moved(ProjectStatus.ACTIVE, ProjectStatus.ON_HOLD))
                .when(new ChangeProjectStatusCommand(PROJECT_ID, ProjectStatus.ACTIVE, null), AS_TENANT)
                .expectEvents(new ProjectStatusChangedEvent(PROJECT_ID, ProjectStatus.ON_HOLD, ProjectStatus.ACTIVE));
    }

    @Test
    void keepsAnArchivedProjectArchived() {
        fixture.given(projectCreated(), moved(ProjectStatus.ACTIVE, ProjectStatus.ARCHIVED))
                .when(new ChangeProjectStatusCommand(PROJECT_ID, ProjectStatus.ACTIVE, null), AS_TENANT)
                .expectException(IllegalStateException.class)
                .expectExceptionMessage("ARCHIVED is final: an archived project cannot become ACTIVE");
    }

    @Test
    void onlyArchivesACompletedProject() {
        fixture.given(projectCreated(), moved(ProjectStatus.ACTIVE, ProjectStatus.COMPLETED))
                .when(new ChangeProjectStatusCommand(PROJECT_ID, ProjectStatus.ON_HOLD, null), AS_TENANT)
                .expectException(IllegalStateException.class)
                .expectExceptionMessage("a COMPLETED project can only be ARCHIVED, not ON_HOLD");
    }

    @Test
    void refusesToChangeAnArchivedProject() {
        fixture.given(projectCreated(), moved(ProjectStatus.ACTIVE, ProjectStatus.ARCHIVED))
                .when(new AddProjectMemberCommand(PROJECT_ID, ADA, ProjectRole.MANAGER, null, null), AS_TENANT)
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }

    @Test
    void answersAnotherTenantAsIfTheProjectDidNotExist() {
        fixture.given(projectCreated())
                .when(new ChangeProjectStatusCommand(PROJECT_ID, ProjectStatus.ON_HOLD, null), AS_OTHER_TENANT)
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    private static EventMessage<ProjectStatusChangedEvent> moved(ProjectStatus from, ProjectStatus to) {
        return stored(new ProjectStatusChangedEvent(PROJECT_ID, from, to));
    }
}
