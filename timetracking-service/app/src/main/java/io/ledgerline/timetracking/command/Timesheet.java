package io.ledgerline.timetracking.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.timetracking.command.api.ApproveTimesheetCommand;
import io.ledgerline.timetracking.command.api.CallerRoles;
import io.ledgerline.timetracking.command.api.IsoWeek;
import io.ledgerline.timetracking.command.api.NotPermittedException;
import io.ledgerline.timetracking.command.api.RejectTimesheetCommand;
import io.ledgerline.timetracking.command.api.SubmitTimesheetCommand;
import io.ledgerline.timetracking.command.api.TimesheetApprovedEvent;
import io.ledgerline.timetracking.command.api.TimesheetRejectedEvent;
import io.ledgerline.timetracking.command.api.TimesheetSubmittedEvent;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A user's ISO week: submitted by the user, approved or rejected by a manager of every project in it (or an admin).
 * While SUBMITTED or APPROVED its entries cannot change; a rejection opens the week again.
 */
@Aggregate
class Timesheet {

    static final int MAX_REASON = 2000;

    @AggregateIdentifier
    private String timesheetId;
    private String tenant;
    private String userId;
    private IsoWeek week;
    private WeekStatus status;
    private List<String> entryIds = List.of();
    private List<String> projectIds = List.of();

    Timesheet() {
        // for Axon to rebuild from events, and to create on first submission
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SubmitTimesheetCommand command, @MetaDataValue(CallerContext.TENANT) String tenant,
                @MetaDataValue(CallerContext.ACTOR) String actor, @MetaDataValue(CallerRoles.METADATA) String roles,
                Weeks weeks) {
        if (timesheetId != null) {
            requireTenant(tenant);
        }
        if (!command.userId().equals(actor) && !CallerRoles.isAdmin(roles)) {
            throw new NotPermittedException("only " + command.userId() + " submits their own week");
        }
        if (status == WeekStatus.SUBMITTED || status == WeekStatus.APPROVED) {
            throw new IllegalStateException("week " + command.week() + " of " + command.userId() + " is already "
                    + status);
        }
        List<WeekEntry> entries = weeks.entries(tenant, command.userId(), command.week());
        if (entries.isEmpty()) {
            throw new IllegalStateException("week " + command.week() + " of " + command.userId()
                    + " has no entries to submit");
        }
        apply(new TimesheetSubmittedEvent(command.timesheetId(), command.userId(), command.week(),
                entries.stream().map(WeekEntry::entryId).toList(),
                entries.stream().map(WeekEntry::projectId).distinct().sorted().toList(),
                entries.stream().mapToInt(WeekEntry::roundedMinutes).sum()));
    }

    @CommandHandler
    void handle(ApproveTimesheetCommand command, @MetaDataValue(CallerContext.TENANT) String tenant,
                @MetaDataValue(CallerContext.ACTOR) String actor, @MetaDataValue(CallerRoles.METADATA) String roles,
                WorkDirectory work) {
        requireDecidable(tenant, actor, roles, work, "approve");
        apply(new TimesheetApprovedEvent(timesheetId, userId, week, actor, entryIds));
    }

    @CommandHandler
    void handle(RejectTimesheetCommand command, @MetaDataValue(CallerContext.TENANT) String tenant,
                @MetaDataValue(CallerContext.ACTOR) String actor, @MetaDataValue(CallerRoles.METADATA) String roles,
                WorkDirectory work) {
        if (command.reason() == null || command.reason().isBlank() || command.reason().length() > MAX_REASON) {
            throw new IllegalArgumentException("a rejection needs a reason of 1 to " + MAX_REASON + " characters");
        }
        requireDecidable(tenant, actor, roles, work, "reject");
        apply(new TimesheetRejectedEvent(timesheetId, userId, week, actor, command.reason(), entryIds));
    }

    private void requireDecidable(String callerTenant, String actor, String roles, WorkDirectory work, String what) {
        requireTenant(callerTenant);
        if (!CallerRoles.isAdmin(roles)) {
            requireManagerOfWeek(actor, work, what);
        }
        if (status != WeekStatus.SUBMITTED) {
            throw new IllegalStateException("week " + week + " of " + userId + " is " + status
                    + ": only a SUBMITTED week is approved or rejected");
        }
    }

    /** Permission comes before the week's state: someone who may not decide learns nothing of it (403, not 409). */
    private void requireManagerOfWeek(String actor, WorkDirectory work, String what) {
        if (userId.equals(actor)) {
            throw new NotPermittedException("nobody but an admin may " + what + " their own week");
        }
        List<String> notManaged = projectIds.stream().filter(p -> !work.isManager(tenant, p, actor)).toList();
        if (!notManaged.isEmpty()) {
            throw new NotPermittedException("only a manager of every project in the week or an admin may " + what
                    + " it; " + actor + " does not manage " + notManaged);
        }
    }

    private void requireTenant(String callerTenant) {
        if (!tenant.equals(callerTenant)) {
            throw new AggregateNotFoundException(timesheetId, "timesheet " + timesheetId + " does not exist");
        }
    }

    @EventSourcingHandler
    void on(TimesheetSubmittedEvent event, @MetaDataValue(CallerContext.TENANT) String tenant) {
        timesheetId = event.timesheetId();
        this.tenant = tenant;
        userId = event.userId();
        week = event.week();
        status = WeekStatus.SUBMITTED;
        entryIds = event.entryIds();
        projectIds = event.projectIds();
    }

    @EventSourcingHandler
    void on(TimesheetApprovedEvent event) {
        status = WeekStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(TimesheetRejectedEvent event) {
        status = WeekStatus.OPEN;
    }
}
