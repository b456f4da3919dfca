package io.ledgerline.timetracking.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.timetracking.api.RoundingRule;
import io.ledgerline.timetracking.command.api.AdjustTimeEntryCommand;
import io.ledgerline.timetracking.command.api.CallerRoles;
import io.ledgerline.timetracking.command.api.DeleteTimeEntryCommand;
import io.ledgerline.timetracking.command.api.InvoiceLockOutcome;
import io.ledgerline.timetracking.command.api.InvoiceVoidNotedEvent;
import io.ledgerline.timetracking.command.api.IsoWeek;
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
 * Time a user worked on a task, or a running timer that becomes it. Two locks keep it from changing: the approval of
 * its week (asked of {@link Weeks}) and the invoice that holds it, which only this aggregate decides, one invoice at
 * a time.
 */
@Aggregate
class TimeEntry {

    private static final String TENANT = CallerContext.TENANT;
    private static final String ACTOR = CallerContext.ACTOR;
    private static final String ROLES = CallerRoles.METADATA;

    @AggregateIdentifier
    private String entryId;
    private String tenant;
    private EntryStatus status;
    private String userId;
    private String projectId;
    private String taskId;
    private Instant timerStartedAt;
    private Worked worked;
    private RoundingRule rounding;
    private String description;
    private boolean billable;
    private String invoiceId;
    private final Set<String> voidedInvoices = new HashSet<>();

    TimeEntry() {
        // for Axon to rebuild from events
    }

    @CommandHandler
    TimeEntry(LogTimeCommand command, @MetaDataValue(TENANT) String tenant, @MetaDataValue(ACTOR) String actor,
              @MetaDataValue(ROLES) String roles, WorkDirectory work, Weeks weeks, TenantCalendar calendar) {
        Worked worked = Worked.of(command.date(), command.minutes(), command.startedAt(), command.endedAt(),
                calendar);
        Worked.requireDescription(command.description());
        String user = command.userId() == null ? actor : command.userId();
        String project = EntryRules.requireWorkable(work, tenant, command.taskId(), user);
        Permissions.requireMayActFor(actor, roles, user, work, tenant, project, "log time for " + user);
        EntryRules.requireOpenWeek(weeks, tenant, user, worked.date());
        RoundingRule rule = work.roundingRule(tenant, project).orElse(null);
        apply(new TimeLoggedEvent(command.entryId(), user, project, command.taskId(), worked.date(),
                worked.startedAt(), worked.endedAt(), worked.minutes(), Rounding.apply(rule, worked.minutes()), rule,
                command.description(), command.billable() != null ? command.billable()
                : work.billableByDefault(tenant, project), actor));
    }

    @CommandHandler
    TimeEntry(StartTimerCommand command, @MetaDataValue(TENANT) String tenant, @MetaDataValue(ACTOR) String actor,
              WorkDirectory work, Weeks weeks, TenantCalendar calendar) {
        Worked.requireDescription(command.description());
        String project = EntryRules.requireWorkable(work, tenant, command.taskId(), actor);
        weeks.runningTimer(tenant, actor).ifPresent(running -> {
            throw new IllegalStateException("one timer per user: " + actor + "'s timer " + running.entryId()
                    + " on task " + running.taskId() + " runs since " + running.startedAt() + "; stop it first");
        });
        EntryRules.requireOpenWeek(weeks, tenant, actor, calendar.today());
        apply(new TimerStartedEvent(command.entryId(), actor, project, command.taskId(), calendar.now(),
                command.description()));
    }

    @CommandHandler
    void handle(StopTimerCommand command, @MetaDataValue(TENANT) String tenant, @MetaDataValue(ACTOR) String actor,
                @MetaDataValue(ROLES) String roles, WorkDirectory work, Weeks weeks, TenantCalendar calendar) {
        requireTenant(tenant);
        if (status != EntryStatus.RUNNING) {
            throw new IllegalStateException("timer " + entryId + " is not running");
        }
        if (!userId.equals(actor) && !CallerRoles.isAdmin(roles)) {
            throw new NotPermittedException("only " + userId + " stops their timer");
        }
        Instant stoppedAt = calendar.now();
        Worked stopped = Worked.ofTimer(timerStartedAt, stoppedAt, calendar.zone());
        EntryRules.requireOpenWeek(weeks, tenant, userId, stopped.date());
        RoundingRule rule = work.roundingRule(tenant, projectId).orElse(null);
        apply(new TimerStoppedEvent(entryId, userId, stoppedAt));
        apply(new TimeLoggedEvent(entryId, userId, projectId, taskId, stopped.date(), stopped.startedAt(),
                stopped.endedAt(), stopped.minutes(), Rounding.apply(rule, stopped.minutes()), rule, description,
                work.billableByDefault(tenant, projectId), userId));
    }

    @CommandHandler
    void handle(AdjustTimeEntryCommand command, @MetaDataValue(TENANT) String tenant,
                @MetaDataValue(ACTOR) String actor, @MetaDataValue(ROLES) String roles, WorkDirectory work,
                Weeks weeks, TenantCalendar calendar) {
        requireChangeable(tenant, actor, roles, work, weeks, "adjust entry " + entryId);
        Worked next = worked.with(command.date(), command.minutes(), command.startedAt(), command.endedAt(),
                calendar);
        Worked.requireDescription(command.description());
        String nextTask = command.taskId() == null ? taskId : command.taskId();
        if (!nextTask.equals(taskId)) {
            EntryRules.requireOpenTaskOf(work, tenant, nextTask, projectId);
        }
        if (!IsoWeek.of(next.date()).equals(IsoWeek.of(worked.date()))) {
            EntryRules.requireOpenWeek(weeks, tenant, userId, next.date());
        }
        String nextDescription = command.description() == null ? description : command.description();
        boolean nextBillable = command.billable() == null ? billable : command.billable();
        if (next.equals(worked) && nextTask.equals(taskId) && Objects.equals(nextDescription, description)
                && nextBillable == billable) {
            return;
        }
        apply(new TimeEntryAdjustedEvent(entryId, userId, projectId, nextTask, next.date(), next.startedAt(),
                next.endedAt(), next.minutes(), Rounding.apply(rounding, next.minutes()), rounding, nextDescription,
                nextBillable));
    }

    @CommandHandler
    void handle(DeleteTimeEntryCommand command, @MetaDataValue(TENANT) String tenant,
                @MetaDataValue(ACTOR) String actor, @MetaDataValue(ROLES) String roles, WorkDirectory work,
                Weeks weeks) {
        requireChangeable(tenant, actor, roles, work, weeks, "delete entry " + entryId);
        apply(new TimeEntryDeletedEvent(entryId, userId, projectId, worked.date()));
    }

    /** Never throws for the tenant's entry: a lock it cannot take is refused and recorded, so the inbox moves on. */
    @CommandHandler
    InvoiceLockOutcome handle(MarkInvoicedCommand command, @MetaDataValue(TENANT) String tenant) {
        requireTenant(tenant);
        String invoice = command.invoiceId();
        if (invoice.equals(invoiceId)) {
            return InvoiceLockOutcome.ALREADY_HELD;
        }
        String refusal = invoiceId != null ? "held by invoice " + invoiceId
                : voidedInvoices.contains(invoice) ? "invoice " + invoice + " was voided before it was issued"
                : status != EntryStatus.LOGGED ? "entry is " + status : null;
        if (refusal != null) {
            apply(new TimeEntryInvoiceRefusedEvent(entryId, invoice, refusal));
            return InvoiceLockOutcome.REFUSED;
        }
        apply(new TimeEntryInvoicedEvent(entryId, invoice));
        return InvoiceLockOutcome.LOCKED;
    }

    @CommandHandler
    InvoiceLockOutcome handle(ReleaseFromInvoiceCommand command, @MetaDataValue(TENANT) String tenant) {
        requireTenant(tenant);
        String invoice = command.invoiceId();
        if (invoice.equals(invoiceId)) {
            apply(new TimeEntryReleasedEvent(entryId, invoice));
            return InvoiceLockOutcome.RELEASED;
        }
        if (!voidedInvoices.contains(invoice)) {
            apply(new InvoiceVoidNotedEvent(entryId, invoice));
        }
        return InvoiceLockOutcome.NOT_HELD;
    }

    private void requireChangeable(String callerTenant, String actor, String roles, WorkDirectory work, Weeks weeks,
                                   String what) {
        requireTenant(callerTenant);
        if (status == EntryStatus.DELETED) {
            throw new AggregateNotFoundException(entryId, "time entry " + entryId + " was deleted");
        }
        Permissions.requireMayActFor(actor, roles, userId, work, tenant, projectId, what);
        if (status == EntryStatus.RUNNING) {
            throw new IllegalStateException("entry " + entryId + " is a running timer: stop it first");
        }
        if (invoiceId != null) {
            throw new IllegalStateException("locked: entry " + entryId + " is invoiced on invoice " + invoiceId);
        }
        EntryRules.requireOpenWeek(weeks, tenant, userId, worked.date());
    }

    /** An entry of another tenant answers as if it did not exist. */
    private void requireTenant(String callerTenant) {
        if (!tenant.equals(callerTenant)) {
            throw new AggregateNotFoundException(entryId, "time entry " + entryId + " does not exist");
        }
    }

    @EventSourcingHandler
    void on(TimerStartedEvent event, @MetaDataValue(TENANT) String tenant) {
        entryId = event.entryId();
        this.tenant = tenant;
        status = EntryStatus.RUNNING;
        userId = event.userId();
        projectId = event.projectId();
        taskId = event.taskId();
        timerStartedAt = event.startedAt();
        description = event.description();
    }

    @EventSourcingHandler
    void on(TimeLoggedEvent event, @MetaDataValue(TENANT) String tenant) {
        entryId = event.entryId();
        this.tenant = tenant;
        status = EntryStatus.LOGGED;
        userId = event.userId();
        projectId = event.projectId();
        taskId = event.taskId();
        worked = new Worked(event.date(), event.startedAt(), event.endedAt(), event.rawMinutes());
        rounding = event.rounding();
        description = event.description();
        billable = event.billable();
    }

    @EventSourcingHandler
    void on(TimeEntryAdjustedEvent event) {
        taskId = event.taskId();
        worked = new Worked(event.date(), event.startedAt(), event.endedAt(), event.rawMinutes());
        description = event.description();
        billable = event.billable();
    }

    @EventSourcingHandler
    void on(TimeEntryDeletedEvent event) {
        status = EntryStatus.DELETED;
    }

    @EventSourcingHandler
    void on(TimeEntryInvoicedEvent event) {
        invoiceId = event.invoiceId();
    }

    @EventSourcingHandler
    void on(TimeEntryReleasedEvent event) {
        invoiceId = null;
        voidedInvoices.add(event.invoiceId());
    }

    @EventSourcingHandler
    void on(InvoiceVoidNotedEvent event) {
        voidedInvoices.add(event.invoiceId());
    }
}
