package io.ledgerline.timetracking.integration;

import io.ledgerline.platform.outbox.IntegrationEventPublisher;
import io.ledgerline.timetracking.api.TimeEntriesInvoiced;
import io.ledgerline.timetracking.api.TimeEntriesReleased;
import io.ledgerline.timetracking.api.TimeEntryAdjusted;
import io.ledgerline.timetracking.api.TimeEntryDeleted;
import io.ledgerline.timetracking.api.TimeLogged;
import io.ledgerline.timetracking.api.TimerStarted;
import io.ledgerline.timetracking.api.TimerStopped;
import io.ledgerline.timetracking.api.TimesheetApproved;
import io.ledgerline.timetracking.api.TimesheetRejected;
import io.ledgerline.timetracking.api.TimesheetSubmitted;
import io.ledgerline.timetracking.command.api.InvoiceIssueRecordedEvent;
import io.ledgerline.timetracking.command.api.InvoiceVoidRecordedEvent;
import io.ledgerline.timetracking.command.api.TimeEntryAdjustedEvent;
import io.ledgerline.timetracking.command.api.TimeEntryDeletedEvent;
import io.ledgerline.timetracking.command.api.TimeLoggedEvent;
import io.ledgerline.timetracking.command.api.TimerStartedEvent;
import io.ledgerline.timetracking.command.api.TimerStoppedEvent;
import io.ledgerline.timetracking.command.api.TimesheetApprovedEvent;
import io.ledgerline.timetracking.command.api.TimesheetRejectedEvent;
import io.ledgerline.timetracking.command.api.TimesheetSubmittedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * Maps timetracking-service's internal events to its published language. The per-entry invoice events stay inside;
 * what an invoice locked or released is published once per invoice, keyed by the invoice id, when it is not empty.
 */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
class TimeEventPublication {

    private final IntegrationEventPublisher publisher;

    TimeEventPublication(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(TimeLoggedEvent event, EventMessage<?> message) {
        publisher.publish(new TimeLogged(event.entryId(), event.userId(), event.projectId(), event.taskId(),
                event.date(), event.rawMinutes(), event.roundedMinutes(), event.rounding(), event.description(),
                event.billable(), event.loggedBy()), message);
    }

    @EventHandler
    void on(TimeEntryAdjustedEvent event, EventMessage<?> message) {
        publisher.publish(new TimeEntryAdjusted(event.entryId(), event.userId(), event.projectId(), event.taskId(),
                event.date(), event.rawMinutes(), event.roundedMinutes(), event.rounding(), event.description(),
                event.billable()), message);
    }

    @EventHandler
    void on(TimeEntryDeletedEvent event, EventMessage<?> message) {
        publisher.publish(new TimeEntryDeleted(event.entryId(), event.userId(), event.projectId()), message);
    }

    @EventHandler
    void on(TimerStartedEvent event, EventMessage<?> message) {
        publisher.publish(new TimerStarted(event.userId(), event.projectId(), event.taskId(), event.startedAt(),
                event.description()), message);
    }

    @EventHandler
    void on(TimerStoppedEvent event, EventMessage<?> message) {
        publisher.publish(new TimerStopped(event.userId(), event.stoppedAt(), event.entryId()), message);
    }

    @EventHandler
    void on(TimesheetSubmittedEvent event, EventMessage<?> message) {
        publisher.publish(new TimesheetSubmitted(event.userId(), event.week().toString(), event.entryIds(),
                event.totalMinutes()), message);
    }

    @EventHandler
    void on(TimesheetApprovedEvent event, EventMessage<?> message) {
        publisher.publish(new TimesheetApproved(event.userId(), event.week().toString(), event.approvedBy(),
                event.entryIds()), message);
    }

    @EventHandler
    void on(TimesheetRejectedEvent event, EventMessage<?> message) {
        publisher.publish(new TimesheetRejected(event.userId(), event.week().toString(), event.rejectedBy(),
                event.reason(), event.entryIds()), message);
    }

    @EventHandler
    void on(InvoiceIssueRecordedEvent event, EventMessage<?> message) {
        if (!event.heldEntryIds().isEmpty()) {
            publisher.publish(new TimeEntriesInvoiced(event.invoiceId(), event.heldEntryIds()), message);
        }
    }

    @EventHandler
    void on(InvoiceVoidRecordedEvent event, EventMessage<?> message) {
        if (!event.releasedEntryIds().isEmpty()) {
            publisher.publish(new TimeEntriesReleased(event.invoiceId(), event.releasedEntryIds()), message);
        }
    }
}
