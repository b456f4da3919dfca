package io.ledgerline.timetracking.command;

import static io.ledgerline.timetracking.TimeFixtures.ENTRY_ID;
import static io.ledgerline.timetracking.TimeFixtures.INVOICE_ID;
import static io.ledgerline.timetracking.TimeFixtures.MANAGER;
import static io.ledgerline.timetracking.TimeFixtures.MEMBER;
import static io.ledgerline.timetracking.TimeFixtures.NOW;
import static io.ledgerline.timetracking.TimeFixtures.OTHER_INVOICE_ID;
import static io.ledgerline.timetracking.TimeFixtures.OTHER_MEMBER;
import static io.ledgerline.timetracking.TimeFixtures.OTHER_TASK_ID;
import static io.ledgerline.timetracking.TimeFixtures.OUTSIDER;
import static io.ledgerline.timetracking.TimeFixtures.PROJECT_ID;
import static io.ledgerline.timetracking.TimeFixtures.QUARTER_UP;
import static io.ledgerline.timetracking.TimeFixtures.TASK_ID;
import static io.ledgerline.timetracking.TimeFixtures.TENANT;
import static io.ledgerline.timetracking.TimeFixtures.TODAY;
import static io.ledgerline.timetracking.TimeFixtures.WEEK;
import static io.ledgerline.timetracking.TimeFixtures.as;
import static io.ledgerline.timetracking.TimeFixtures.asMember;
import static io.ledgerline.timetracking.TimeFixtures.asOtherTenant;
import static io.ledgerline.timetracking.TimeFixtures.asSystem;
import static io.ledgerline.timetracking.TimeFixtures.logFor;
import static io.ledgerline.timetracking.TimeFixtures.logMinutes;
import static io.ledgerline.timetracking.TimeFixtures.timeLogged;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.timetracking.api.RoundingDirection;
import io.ledgerline.timetracking.api.RoundingRule;
import io.ledgerline.timetracking.command.api.AdjustTimeEntryCommand;
import io.ledgerline.timetracking.command.api.DeleteTimeEntryCommand;
import io.ledgerline.timetracking.command.api.InvoiceLockOutcome;
import io.ledgerline.timetracking.command.api.InvoiceVoidNotedEvent;
import io.ledgerline.timetracking.command.api.LogTimeCommand;
import io.ledgerline.timetracking.command.api.MarkInvoicedCommand;
import io.ledgerline.timetracking.command.api.NotPermittedException;
import io.ledgerline.timetracking.command.api.ReleaseFromInvoiceCommand;
import io.ledgerline.timetracking.command.api.StartTimerCommand;
import io.ledgerline.timetracking.command.api.StopTimerCommand;
import io.ledgerline.timetracking.command.api.TimeEntryAdjustedEvent;
import io.ledgerline.timetracking.command.api.TimeEntryDeletedEvent;
import io.ledgerline.timetracking.command.api.TimeEntryInvoiceRefusedEvent;
import io.ledgerline.timetracking.command.api.TimeEntryInvoicedEvent;
import io.ledgerline.timetracking.command.api.TimeEntryReleasedEvent;
import io.ledgerline.timetracking.command.api.TimeLoggedEvent;
import io.ledgerline.timetracking.command.api.TimerStartedEvent;
import io.ledgerline.timetracking.command.api.TimerStoppedEvent;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TimeEntryTest {

    private final InMemoryWork work = new InMemoryWork(NOW);
    private AggregateTestFixture<TimeEntry> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TimeEntry.class);
        fixture.registerInjectableResource(work);
        fixture.registerCommandHandlerInterceptor(new CorrelationDataInterceptor<>(
                new SimpleCorrelationDataProvider(CallerContext.TENANT, CallerContext.ACTOR)));
        work.task(TENANT, TASK_ID, PROJECT_ID).task(TENANT, OTHER_TASK_ID, PROJECT_ID)
                .member(TENANT, PROJECT_ID, MEMBER).member(TENANT, PROJECT_ID, OTHER_MEMBER)
                .manager(TENANT, PROJECT_ID, MANAGER);
    }

    /** An entry of 60 minutes logged by the member, followed by the given events. */
    private TestExecutor<TimeEntry> givenEntry(Object... then) {
        TestExecutor<TimeEntry> given = fixture.given(GenericEventMessage.asEventMessage(timeLogged(60))
                .andMetaData(asMember()));
        return then.length == 0 ? given : given.andGiven(then);
    }

    private static AdjustTimeEntryCommand adjustMinutes(int minutes) {
        return new AdjustTimeEntryCommand(ENTRY_ID, null, null, minutes, null, null, null, null, null);
    }

    // logging

    @Test
    void logsTimeOnAnOpenTaskOfAnActiveProject() {
        fixture.givenNoPriorActivity()
                .when(logMinutes(60), asMember())
                .expectEvents(timeLogged(60));
    }

    @Test
    void keepsTheRawAndTheRoundedMinutesWithTheRuleApplied() {
        work.rule(TENANT, PROJECT_ID, QUARTER_UP);

        fixture.givenNoPriorActivity()
                .when(logMinutes(7), asMember())
                .expectEvents(timeLogged(7, 15, QUARTER_UP));
    }

    @Test
    void logsAStartAndEndOnOneDate() {
        Instant start = Instant.parse("2026-11-26T09:00:00Z");
        Instant end = Instant.parse("2026-11-26T10:30:00Z");

        fixture.givenNoPriorActivity()
                .when(new LogTimeCommand(ENTRY_ID, null, TASK_ID, null, null, start, end, "Design review", null),
                        asMember())
                .expectEvents(new TimeLoggedEvent(ENTRY_ID, MEMBER, PROJECT_ID, TASK_ID, TODAY, start, end, 90, 90,
                        null, "Design review", true, MEMBER));
    }

    @Test
    void defaultsBillableFromTheProjectsBillingMode() {
        work.nonBillable(TENANT, PROJECT_ID);

        fixture.givenNoPriorActivity()
                .when(logMinutes(30), asMember())
                .expectEvents(new TimeLoggedEvent(ENTRY_ID, MEMBER, PROJECT_ID, TASK_ID, TODAY, null, null, 30, 30,
                        null, "Design review", false, MEMBER));
    }

    @Test
    void letsAManagerLogForAMemberKeepingWhoLoggedIt() {
        fixture.givenNoPriorActivity()
                .when(logFor(MEMBER, 45), as(MANAGER, "member"))
                .expectEvents(new TimeLoggedEvent(ENTRY_ID, MEMBER, PROJECT_ID, TASK_ID, TODAY, null, null, 45, 45,
                        null, "Design review", true, MANAGER));
    }

    @Test
    void refusesAMemberLoggingForAnotherMember() {
        fixture.givenNoPriorActivity()
                .when(logFor(OTHER_MEMBER, 45), asMember())
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsTimeByANonMember() {
        fixture.givenNoPriorActivity()
                .when(logMinutes(30), as(OUTSIDER, "member"))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("user " + OUTSIDER + " is not a member of project " + PROJECT_ID);
    }

    @Test
    void rejectsTimeOnAnUnknownTask() {
        fixture.givenNoPriorActivity()
                .when(logMinutes(30), asOtherTenant())
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("task " + TASK_ID + " is not a known task");
    }

    @Test
    void rejectsTimeOnAClosedTask() {
        work.closedTask(TENANT, TASK_ID);

        fixture.givenNoPriorActivity()
                .when(logMinutes(30), asMember())
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsTimeOnAProjectThatIsNotActive() {
        work.inactiveProject(TENANT, PROJECT_ID);

        fixture.givenNoPriorActivity()
                .when(logMinutes(30), asMember())
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("project " + PROJECT_ID + " is not ACTIVE: it takes no time");
    }

    @Test
    void rejectsDurationsOutsideOneMinuteToADay() {
        fixture.givenNoPriorActivity().when(logMinutes(0), asMember())
                .expectException(IllegalArgumentException.class);
        fixture.givenNoPriorActivity().when(logMinutes(1441), asMember())
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void rejectsAStartAndEndOnDifferentDates() {
        fixture.givenNoPriorActivity()
                .when(new LogTimeCommand(ENTRY_ID, null, TASK_ID, null, null, Instant.parse("2026-11-25T23:00:00Z"),
                        Instant.parse("2026-11-26T01:00:00Z"), null, null), asMember())
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsEntriesDatedAfterTheTenantsToday() {
        fixture.givenNoPriorActivity()
                .when(new LogTimeCommand(ENTRY_ID, null, TASK_ID, TODAY.plusDays(1), 30, null, null, null, null),
                        asMember())
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("no entries dated after today (" + TODAY + "), not " + TODAY.plusDays(1));
    }

    @Test
    void rejectsADescriptionLongerThan2000Characters() {
        fixture.givenNoPriorActivity()
                .when(new LogTimeCommand(ENTRY_ID, null, TASK_ID, TODAY, 30, null, null, "x".repeat(2001), null),
                        asMember())
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void refusesTimeInASubmittedWeek() {
        work.week(TENANT, MEMBER, WEEK, WeekStatus.SUBMITTED);

        fixture.givenNoPriorActivity()
                .when(logMinutes(30), asMember())
                .expectException(IllegalStateException.class)
                .expectExceptionMessage("locked: week " + WEEK + " of bob is SUBMITTED and awaits approval; its time "
                        + "cannot change");
    }

    // adjusting and deleting

    @Test
    void adjustsKeepingTheRuleTheEntryWasLoggedWith() {
        RoundingRule tenMinutes = new RoundingRule(10, RoundingDirection.NEAREST, null);
        work.rule(TENANT, PROJECT_ID, tenMinutes);

        fixture.given(GenericEventMessage.asEventMessage(timeLogged(7, 15, QUARTER_UP)).andMetaData(asMember()))
                .when(adjustMinutes(20), asMember())
                .expectEvents(new TimeEntryAdjustedEvent(ENTRY_ID, MEMBER, PROJECT_ID, TASK_ID, TODAY, null, null, 20,
                        30, QUARTER_UP, "Design review", true));
    }

    @Test
    void movesAnEntryToAnotherTaskOfItsProject() {
        givenEntry()
                .when(new AdjustTimeEntryCommand(ENTRY_ID, OTHER_TASK_ID, null, null, null, null, null, false, 0L),
                        asMember())
                .expectEvents(new TimeEntryAdjustedEvent(ENTRY_ID, MEMBER, PROJECT_ID, OTHER_TASK_ID, TODAY, null,
                        null, 60, 60, null, "Design review", false));
    }

    @Test
    void anAdjustmentThatChangesNothingRecordsNothing() {
        givenEntry().when(adjustMinutes(60), asMember()).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void refusesAdjustingAnEntryOfAnApprovedWeek() {
        work.week(TENANT, MEMBER, WEEK, WeekStatus.APPROVED);

        givenEntry().when(adjustMinutes(30), asMember())
                .expectException(IllegalStateException.class)
                .expectExceptionMessage("locked: week " + WEEK + " of bob is APPROVED; its time cannot change");
    }

    @Test
    void refusesAdjustingAnInvoicedEntryNamingTheInvoice() {
        givenEntry(new TimeEntryInvoicedEvent(ENTRY_ID, INVOICE_ID))
                .when(adjustMinutes(30), asMember())
                .expectException(IllegalStateException.class)
                .expectExceptionMessage("locked: entry " + ENTRY_ID + " is invoiced on invoice " + INVOICE_ID);
    }

    @Test
    void refusesDeletingAnInvoicedEntry() {
        givenEntry(new TimeEntryInvoicedEvent(ENTRY_ID, INVOICE_ID))
                .when(new DeleteTimeEntryCommand(ENTRY_ID, null), asMember())
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnotherMemberChangingTheEntry() {
        givenEntry().when(adjustMinutes(30), as(OTHER_MEMBER, "member"))
                .expectException(NotPermittedException.class);
    }

    @Test
    void deletesAnUnlockedEntry() {
        givenEntry().when(new DeleteTimeEntryCommand(ENTRY_ID, null), as(MANAGER, "member"))
                .expectEvents(new TimeEntryDeletedEvent(ENTRY_ID, MEMBER, PROJECT_ID, TODAY));
    }

    @Test
    void answersAnotherTenantAsIfTheEntryDidNotExist() {
        givenEntry().when(adjustMinutes(30), asOtherTenant())
                .expectException(AggregateNotFoundException.class);
    }

    // the invoice lock

    @Test
    void anIssuedInvoiceLocksTheEntry() {
        givenEntry().when(new MarkInvoicedCommand(ENTRY_ID, INVOICE_ID), asSystem())
                .expectEvents(new TimeEntryInvoicedEvent(ENTRY_ID, INVOICE_ID))
                .expectResultMessagePayload(InvoiceLockOutcome.LOCKED);
    }

    @Test
    void theSameInvoiceAgainChangesNothing() {
        givenEntry(new TimeEntryInvoicedEvent(ENTRY_ID, INVOICE_ID))
                .when(new MarkInvoicedCommand(ENTRY_ID, INVOICE_ID), asSystem())
                .expectNoEvents()
                .expectResultMessagePayload(InvoiceLockOutcome.ALREADY_HELD);
    }

    @Test
    void aSecondInvoiceIsRefusedAndTheRefusalRecorded() {
        givenEntry(new TimeEntryInvoicedEvent(ENTRY_ID, INVOICE_ID))
                .when(new MarkInvoicedCommand(ENTRY_ID, OTHER_INVOICE_ID), asSystem())
                .expectEvents(new TimeEntryInvoiceRefusedEvent(ENTRY_ID, OTHER_INVOICE_ID,
                        "held by invoice " + INVOICE_ID))
                .expectResultMessagePayload(InvoiceLockOutcome.REFUSED);
    }

    @Test
    void aVoidReleasesTheEntryFromTheInvoiceThatHoldsIt() {
        givenEntry(new TimeEntryInvoicedEvent(ENTRY_ID, INVOICE_ID))
                .when(new ReleaseFromInvoiceCommand(ENTRY_ID, INVOICE_ID), asSystem())
                .expectEvents(new TimeEntryReleasedEvent(ENTRY_ID, INVOICE_ID))
                .expectResultMessagePayload(InvoiceLockOutcome.RELEASED);
    }

    @Test
    void aVoidOfAnInvoiceThatDoesNotHoldTheEntryLeavesTheLock() {
        givenEntry(new TimeEntryInvoicedEvent(ENTRY_ID, INVOICE_ID))
                .when(new ReleaseFromInvoiceCommand(ENTRY_ID, OTHER_INVOICE_ID), asSystem())
                .expectEvents(new InvoiceVoidNotedEvent(ENTRY_ID, OTHER_INVOICE_ID))
                .expectResultMessagePayload(InvoiceLockOutcome.NOT_HELD);
    }

    @Test
    void anIssueArrivingAfterItsVoidIsRefused() {
        givenEntry(new InvoiceVoidNotedEvent(ENTRY_ID, INVOICE_ID))
                .when(new MarkInvoicedCommand(ENTRY_ID, INVOICE_ID), asSystem())
                .expectEvents(new TimeEntryInvoiceRefusedEvent(ENTRY_ID, INVOICE_ID,
                        "invoice " + INVOICE_ID + " was voided before it was issued"))
                .expectResultMessagePayload(InvoiceLockOutcome.REFUSED);
    }

    @Test
    void aReleasedEntryCanBeInvoicedByANewInvoiceAndAdjustedInBetween() {
        givenEntry(new TimeEntryInvoicedEvent(ENTRY_ID, INVOICE_ID), new TimeEntryReleasedEvent(ENTRY_ID, INVOICE_ID))
                .when(new MarkInvoicedCommand(ENTRY_ID, OTHER_INVOICE_ID), asSystem())
                .expectEvents(new TimeEntryInvoicedEvent(ENTRY_ID, OTHER_INVOICE_ID));
    }

    @Test
    void aDeletedEntryRefusesAnInvoice() {
        givenEntry(new TimeEntryDeletedEvent(ENTRY_ID, MEMBER, PROJECT_ID, TODAY))
                .when(new MarkInvoicedCommand(ENTRY_ID, INVOICE_ID), asSystem())
                .expectEvents(new TimeEntryInvoiceRefusedEvent(ENTRY_ID, INVOICE_ID, "entry is DELETED"));
    }

    // timers

    @Test
    void startsATimer() {
        fixture.givenNoPriorActivity()
                .when(new StartTimerCommand(ENTRY_ID, TASK_ID, "Pairing"), asMember())
                .expectEvents(new TimerStartedEvent(ENTRY_ID, MEMBER, PROJECT_ID, TASK_ID, NOW, "Pairing"));
    }

    @Test
    void refusesASecondTimerNamingTheRunningOne() {
        String running = "6c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d99";
        work.timer(TENANT, MEMBER, new RunningTimer(running, OTHER_TASK_ID, NOW.minusSeconds(600)));

        fixture.givenNoPriorActivity()
                .when(new StartTimerCommand(ENTRY_ID, TASK_ID, null), asMember())
                .expectException(IllegalStateException.class)
                .expectExceptionMessage("one timer per user: bob's timer " + running + " on task " + OTHER_TASK_ID
                        + " runs since " + NOW.minusSeconds(600) + "; stop it first");
    }

    @Test
    void stoppingATimerLogsItsTimeRounded() {
        work.rule(TENANT, PROJECT_ID, QUARTER_UP);
        Instant start = NOW.minusSeconds(50 * 60 + 10);
        work.at(NOW);

        fixture.given(GenericEventMessage.asEventMessage(new TimerStartedEvent(ENTRY_ID, MEMBER, PROJECT_ID, TASK_ID,
                        start, "Pairing")).andMetaData(asMember()))
                .when(new StopTimerCommand(ENTRY_ID), asMember())
                .expectEvents(new TimerStoppedEvent(ENTRY_ID, MEMBER, NOW),
                        new TimeLoggedEvent(ENTRY_ID, MEMBER, PROJECT_ID, TASK_ID, TODAY, start, NOW, 51, 60,
                                QUARTER_UP, "Pairing", true, MEMBER));
    }

    @Test
    void aTimerAcrossMidnightIsDatedOnItsFirstDay() {
        Instant start = Instant.parse("2026-11-25T23:00:00Z");
        work.at(Instant.parse("2026-11-26T00:30:00Z"));

        fixture.given(GenericEventMessage.asEventMessage(new TimerStartedEvent(ENTRY_ID, MEMBER, PROJECT_ID, TASK_ID,
                        start, null)).andMetaData(asMember()))
                .when(new StopTimerCommand(ENTRY_ID), asMember())
                .expectEvents(new TimerStoppedEvent(ENTRY_ID, MEMBER, Instant.parse("2026-11-26T00:30:00Z")),
                        new TimeLoggedEvent(ENTRY_ID, MEMBER, PROJECT_ID, TASK_ID, LocalDate.of(2026, 11, 25), null,
                                null, 90, 90, null, null, true, MEMBER));
    }

    @Test
    void aRunningTimerCannotBeAdjusted() {
        fixture.given(GenericEventMessage.asEventMessage(new TimerStartedEvent(ENTRY_ID, MEMBER, PROJECT_ID, TASK_ID,
                        NOW, null)).andMetaData(asMember()))
                .when(adjustMinutes(30), asMember())
                .expectException(IllegalStateException.class);
    }
}
