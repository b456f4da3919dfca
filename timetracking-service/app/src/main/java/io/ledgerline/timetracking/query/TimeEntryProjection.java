package io.ledgerline.timetracking.query;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.timetracking.api.RoundingRule;
import io.ledgerline.timetracking.command.TenantCalendar;
import io.ledgerline.timetracking.command.api.IsoWeek;
import io.ledgerline.timetracking.command.api.TimeEntryAdjustedEvent;
import io.ledgerline.timetracking.command.api.TimeEntryDeletedEvent;
import io.ledgerline.timetracking.command.api.TimeEntryInvoicedEvent;
import io.ledgerline.timetracking.command.api.TimeEntryReleasedEvent;
import io.ledgerline.timetracking.command.api.TimeLoggedEvent;
import io.ledgerline.timetracking.command.api.TimerStartedEvent;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code time_entry}: one row per entry or running timer, scoped by tenant. */
@Component
@ProcessingGroup(TimeEntryProjection.GROUP)
class TimeEntryProjection {

    static final String GROUP = "time-entries";

    private final JdbcTemplate jdbc;
    private final TenantCalendar calendar;

    TimeEntryProjection(JdbcTemplate jdbc, TenantCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    @EventHandler
    void on(TimerStartedEvent event, @MetaDataValue(CallerContext.TENANT) String tenant, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        LocalDate day = LocalDate.ofInstant(event.startedAt(), calendar.zone());
        jdbc.update("""
                INSERT INTO time_entry (entry_id, tenant, user_id, logged_by, project_id, task_id, entry_date, iso_week,
                    started_at, raw_minutes, rounded_minutes, description, billable, status, version, created_at,
                    updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, false, 'RUNNING', ?, ?, ?) ON CONFLICT DO NOTHING""",
                event.entryId(), tenant, event.userId(), event.userId(), event.projectId(), event.taskId(),
                Date.valueOf(day), IsoWeek.of(day).toString(), Timestamp.from(event.startedAt()),
                event.description(), version, Timestamp.from(at), Timestamp.from(at));
    }

    @EventHandler
    void on(TimeLoggedEvent event, @MetaDataValue(CallerContext.TENANT) String tenant, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        RoundingRule rule = event.rounding();
        jdbc.update("""
                INSERT INTO time_entry (entry_id, tenant, user_id, logged_by, project_id, task_id, entry_date, iso_week,
                    started_at, ended_at, raw_minutes, rounded_minutes, unit_minutes, direction, minimum_minutes,
                    description, billable, status, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'LOGGED', ?, ?, ?)
                ON CONFLICT (entry_id) DO UPDATE SET entry_date = EXCLUDED.entry_date, iso_week = EXCLUDED.iso_week,
                    started_at = EXCLUDED.started_at, ended_at = EXCLUDED.ended_at,
                    raw_minutes = EXCLUDED.raw_minutes, rounded_minutes = EXCLUDED.rounded_minutes,
                    unit_minutes = EXCLUDED.unit_minutes, direction = EXCLUDED.direction,
                    minimum_minutes = EXCLUDED.minimum_minutes, billable = EXCLUDED.billable, status = 'LOGGED'""",
                event.entryId(), tenant, event.userId(), event.loggedBy(), event.projectId(), event.taskId(),
                Date.valueOf(event.date()), IsoWeek.of(event.date()).toString(), timestamp(event.startedAt()),
                timestamp(event.endedAt()), event.rawMinutes(), event.roundedMinutes(),
                rule == null ? null : rule.unitMinutes(), rule == null ? null : rule.direction().name(),
                rule == null ? null : rule.minimumMinutes(), event.description(), event.billable(), version,
                Timestamp.from(at), Timestamp.from(at));
    }

    @EventHandler
    void on(TimeEntryAdjustedEvent event) {
        jdbc.update("""
                UPDATE time_entry SET task_id = ?, entry_date = ?, iso_week = ?, started_at = ?, ended_at = ?,
                    raw_minutes = ?, rounded_minutes = ?, description = ?, billable = ?
                WHERE entry_id = ?""",
                event.taskId(), Date.valueOf(event.date()), IsoWeek.of(event.date()).toString(),
                timestamp(event.startedAt()), timestamp(event.endedAt()), event.rawMinutes(), event.roundedMinutes(),
                event.description(), event.billable(), event.entryId());
    }

    @EventHandler
    void on(TimeEntryDeletedEvent event) {
        jdbc.update("UPDATE time_entry SET status = 'DELETED' WHERE entry_id = ?", event.entryId());
    }

    @EventHandler
    void on(TimeEntryInvoicedEvent event) {
        jdbc.update("UPDATE time_entry SET invoice_id = ? WHERE entry_id = ?", event.invoiceId(), event.entryId());
    }

    @EventHandler
    void on(TimeEntryReleasedEvent event) {
        jdbc.update("UPDATE time_entry SET invoice_id = NULL WHERE entry_id = ?", event.entryId());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
