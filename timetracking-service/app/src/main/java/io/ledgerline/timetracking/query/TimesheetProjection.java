package io.ledgerline.timetracking.query;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.timetracking.api.RoundingRule;
import io.ledgerline.timetracking.command.api.RoundingRuleChangedEvent;
import io.ledgerline.timetracking.command.api.TimesheetApprovedEvent;
import io.ledgerline.timetracking.command.api.TimesheetRejectedEvent;
import io.ledgerline.timetracking.command.api.TimesheetSubmittedEvent;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code timesheet} (a row per submitted week) and {@code rounding_rule} (the rule per project). */
@Component
@ProcessingGroup(TimeEntryProjection.GROUP)
class TimesheetProjection {

    private final JdbcTemplate jdbc;

    TimesheetProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TimesheetSubmittedEvent event, @MetaDataValue(CallerContext.TENANT) String tenant,
            @SequenceNumber long version, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO timesheet (timesheet_id, tenant, user_id, iso_week, status, version, updated_at)
                VALUES (?, ?, ?, ?, 'SUBMITTED', ?, ?)
                ON CONFLICT (timesheet_id) DO UPDATE SET status = 'SUBMITTED', decided_by = NULL, reason = NULL""",
                event.timesheetId(), tenant, event.userId(), event.week().toString(), version, Timestamp.from(at));
    }

    @EventHandler
    void on(TimesheetApprovedEvent event) {
        jdbc.update("UPDATE timesheet SET status = 'APPROVED', decided_by = ? WHERE timesheet_id = ?",
                event.approvedBy(), event.timesheetId());
    }

    @EventHandler
    void on(TimesheetRejectedEvent event) {
        jdbc.update("UPDATE timesheet SET status = 'REJECTED', decided_by = ?, reason = ? WHERE timesheet_id = ?",
                event.rejectedBy(), event.reason(), event.timesheetId());
    }

    @EventHandler
    void on(RoundingRuleChangedEvent event, @MetaDataValue(CallerContext.TENANT) String tenant,
            @SequenceNumber long version) {
        RoundingRule rule = event.rule();
        jdbc.update("""
                INSERT INTO rounding_rule (project_id, tenant, unit_minutes, direction, minimum_minutes, version)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (project_id) DO UPDATE SET unit_minutes = EXCLUDED.unit_minutes,
                    direction = EXCLUDED.direction, minimum_minutes = EXCLUDED.minimum_minutes""",
                event.projectId(), tenant, rule == null ? null : rule.unitMinutes(),
                rule == null ? null : rule.direction().name(), rule == null ? null : rule.minimumMinutes(), version);
    }
}
