package io.ledgerline.timetracking.command;

import static io.ledgerline.timetracking.TimeFixtures.ENTRY_ID;
import static io.ledgerline.timetracking.TimeFixtures.MANAGER;
import static io.ledgerline.timetracking.TimeFixtures.MEMBER;
import static io.ledgerline.timetracking.TimeFixtures.NOW;
import static io.ledgerline.timetracking.TimeFixtures.OTHER_MEMBER;
import static io.ledgerline.timetracking.TimeFixtures.PROJECT_ID;
import static io.ledgerline.timetracking.TimeFixtures.TENANT;
import static io.ledgerline.timetracking.TimeFixtures.WEEK;
import static io.ledgerline.timetracking.TimeFixtures.as;
import static io.ledgerline.timetracking.TimeFixtures.asMember;
import static io.ledgerline.timetracking.TimeFixtures.asOtherTenant;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.timetracking.command.api.ApproveTimesheetCommand;
import io.ledgerline.timetracking.command.api.NotPermittedException;
import io.ledgerline.timetracking.command.api.RejectTimesheetCommand;
import io.ledgerline.timetracking.command.api.SubmitTimesheetCommand;
import io.ledgerline.timetracking.command.api.TimesheetApprovedEvent;
import io.ledgerline.timetracking.command.api.TimesheetIds;
import io.ledgerline.timetracking.command.api.TimesheetRejectedEvent;
import io.ledgerline.timetracking.command.api.TimesheetSubmittedEvent;
import java.util.List;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TimesheetTest {

    private static final String SHEET = TimesheetIds.of(TENANT, MEMBER, WEEK);
    private static final String SECOND_ENTRY = "6c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d02";
    private static final String OTHER_PROJECT = "8d1c2a8e-9c1b-4a3e-a3c1-5f7d2b8e4a11";

    private final InMemoryWork work = new InMemoryWork(NOW);
    private AggregateTestFixture<Timesheet> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Timesheet.class);
        fixture.registerInjectableResource(work);
        fixture.registerCommandHandlerInterceptor(new CorrelationDataInterceptor<>(
                new SimpleCorrelationDataProvider(CallerContext.TENANT, CallerContext.ACTOR)));
        work.manager(TENANT, PROJECT_ID, MANAGER).member(TENANT, PROJECT_ID, MEMBER)
                .week(TENANT, MEMBER, WEEK, WeekStatus.OPEN, new WeekEntry(ENTRY_ID, PROJECT_ID, 60),
                        new WeekEntry(SECOND_ENTRY, PROJECT_ID, 30));
    }

    private static TimesheetSubmittedEvent submitted() {
        return new TimesheetSubmittedEvent(SHEET, MEMBER, WEEK, List.of(ENTRY_ID, SECOND_ENTRY), List.of(PROJECT_ID),
                90);
    }

    private TestExecutor<Timesheet> givenSubmitted(Object... then) {
        TestExecutor<Timesheet> given = fixture.given(GenericEventMessage.asEventMessage(submitted())
                .andMetaData(asMember()));
        return then.length == 0 ? given : given.andGiven(then);
    }

    @Test
    void theUserSubmitsTheirWeekWithItsEntriesAndTotal() {
        fixture.givenNoPriorActivity()
                .when(new SubmitTimesheetCommand(SHEET, MEMBER, WEEK, null), asMember())
                .expectEvents(submitted());
    }

    @Test
    void refusesSubmittingSomeoneElsesWeek() {
        fixture.givenNoPriorActivity()
                .when(new SubmitTimesheetCommand(SHEET, MEMBER, WEEK, null), as(OTHER_MEMBER, "member"))
                .expectException(NotPermittedException.class);
    }

    @Test
    void refusesAnEmptyWeek() {
        work.week(TENANT, MEMBER, WEEK, WeekStatus.OPEN);

        fixture.givenNoPriorActivity()
                .when(new SubmitTimesheetCommand(SHEET, MEMBER, WEEK, null), asMember())
                .expectException(IllegalStateException.class)
                .expectExceptionMessage("week " + WEEK + " of bob has no entries to submit");
    }

    @Test
    void refusesSubmittingTwice() {
        givenSubmitted().when(new SubmitTimesheetCommand(SHEET, MEMBER, WEEK, null), asMember())
                .expectException(IllegalStateException.class);
    }

    @Test
    void aManagerOfTheProjectApproves() {
        givenSubmitted().when(new ApproveTimesheetCommand(SHEET, null), as(MANAGER, "manager"))
                .expectEvents(new TimesheetApprovedEvent(SHEET, MEMBER, WEEK, MANAGER, List.of(ENTRY_ID,
                        SECOND_ENTRY)));
    }

    @Test
    void anAdminApprovesAnyWeek() {
        givenSubmitted().when(new ApproveTimesheetCommand(SHEET, null), as("root", "admin"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesApprovalByAManagerOfOnlySomeOfTheWeeksProjects() {
        fixture.given(GenericEventMessage.asEventMessage(new TimesheetSubmittedEvent(SHEET, MEMBER, WEEK,
                        List.of(ENTRY_ID), List.of(PROJECT_ID, OTHER_PROJECT), 60)).andMetaData(asMember()))
                .when(new ApproveTimesheetCommand(SHEET, null), as(MANAGER, "manager"))
                .expectException(NotPermittedException.class)
                .expectExceptionMessage("only a manager of every project in the week or an admin may approve it; "
                        + "mia does not manage [" + OTHER_PROJECT + "]");
    }

    @Test
    void refusesApprovingOnesOwnWeek() {
        givenSubmitted().when(new ApproveTimesheetCommand(SHEET, null), as(MEMBER, "manager"))
                .expectException(NotPermittedException.class);
    }

    @Test
    void refusesApprovingAWeekThatIsNotSubmitted() {
        givenSubmitted(new TimesheetRejectedEvent(SHEET, MEMBER, WEEK, MANAGER, "Missing task", List.of()))
                .when(new ApproveTimesheetCommand(SHEET, null), as(MANAGER, "manager"))
                .expectException(IllegalStateException.class);
    }

    @Test
    void refusesSomeoneWhoMayNotDecideBeforeLookingAtTheWeeksState() {
        givenSubmitted(new TimesheetRejectedEvent(SHEET, MEMBER, WEEK, MANAGER, "Missing task", List.of()))
                .when(new ApproveTimesheetCommand(SHEET, null), as(MEMBER, "member"))
                .expectException(NotPermittedException.class);
    }

    @Test
    void rejectsWithAReason() {
        givenSubmitted().when(new RejectTimesheetCommand(SHEET, "Wrong task on Tuesday", null), as(MANAGER, "manager"))
                .expectEvents(new TimesheetRejectedEvent(SHEET, MEMBER, WEEK, MANAGER, "Wrong task on Tuesday",
                        List.of(ENTRY_ID, SECOND_ENTRY)));
    }

    @Test
    void requiresAReasonToReject() {
        givenSubmitted().when(new RejectTimesheetCommand(SHEET, " ", null), as(MANAGER, "manager"))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void aRejectedWeekIsSubmittedAgain() {
        givenSubmitted(new TimesheetRejectedEvent(SHEET, MEMBER, WEEK, MANAGER, "Missing task", List.of()))
                .when(new SubmitTimesheetCommand(SHEET, MEMBER, WEEK, null), asMember())
                .expectEvents(submitted());
    }

    @Test
    void anApprovedWeekIsFinal() {
        givenSubmitted(new TimesheetApprovedEvent(SHEET, MEMBER, WEEK, MANAGER, List.of()))
                .when(new RejectTimesheetCommand(SHEET, "Too late", null), as(MANAGER, "manager"))
                .expectException(IllegalStateException.class);
    }

    @Test
    void answersAnotherTenantAsIfTheWeekDidNotExist() {
        givenSubmitted().when(new ApproveTimesheetCommand(SHEET, null), asOtherTenant())
                .expectException(AggregateNotFoundException.class);
    }
}
