package io.ledgerline.project.query;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.project.api.ProjectStatus;
import io.ledgerline.project.command.api.ProjectBudgetChangedEvent;
import io.ledgerline.project.command.api.ProjectCreatedEvent;
import io.ledgerline.project.command.api.ProjectMemberAddedEvent;
import io.ledgerline.project.command.api.ProjectMemberRemovedEvent;
import io.ledgerline.project.command.api.ProjectRateChangedEvent;
import io.ledgerline.project.command.api.ProjectStatusChangedEvent;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code project_summary}, {@code project_member} and {@code project_rate}. It runs in the command's
 * transaction and its failures propagate, so a code already taken in the tenant refuses the creating command.
 */
@Component
@ProcessingGroup("project-summary")
class ProjectSummaryProjection {

    private final JdbcTemplate jdbc;

    ProjectSummaryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProjectCreatedEvent event, @MetaDataValue(CallerContext.TENANT) String tenant,
            @SequenceNumber long version, @org.axonframework.eventhandling.Timestamp Instant at) {
        try {
            jdbc.update("""
                    INSERT INTO project_summary (project_id, tenant, client_id, name, code, billing_mode, currency,
                        fixed_fee, status, version, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (project_id) DO NOTHING""",
                    event.projectId(), tenant, event.clientId(), event.name(), event.code(),
                    event.billingMode().name(), event.currency(), event.fixedFee(), ProjectStatus.ACTIVE.name(),
                    version, Timestamp.from(at));
        } catch (DuplicateKeyException e) {
            throw new IllegalStateException("the tenant already has a project with code " + event.code(), e);
        }
        if (event.defaultHourlyRate() != null) {
            jdbc.update("INSERT INTO project_rate (project_id, hourly_rate, rate_version) VALUES (?, ?, 0)",
                    event.projectId(), event.defaultHourlyRate());
        }
    }

    @EventHandler
    void on(ProjectMemberAddedEvent event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("INSERT INTO project_member (project_id, user_id, role, joined_at) VALUES (?, ?, ?, ?)",
                event.projectId(), event.userId(), event.role().name(), Timestamp.from(at));
        if (event.hourlyRate() != null) {
            jdbc.update("""
                    INSERT INTO project_rate (project_id, user_id, hourly_rate, rate_version)
                    VALUES (?, ?, ?, (SELECT coalesce(max(rate_version), 0) FROM project_rate WHERE project_id = ?))""",
                    event.projectId(), event.userId(), event.hourlyRate(), event.projectId());
        }
        touch(event.projectId(), version);
    }

    /** A member who leaves takes their personal rates along; the event store and as-of reads still have them. */
    @EventHandler
    void on(ProjectMemberRemovedEvent event, @SequenceNumber long version) {
        jdbc.update("DELETE FROM project_member WHERE project_id = ? AND user_id = ?",
                event.projectId(), event.userId());
        jdbc.update("DELETE FROM project_rate WHERE project_id = ? AND user_id = ?",
                event.projectId(), event.userId());
        touch(event.projectId(), version);
    }

    @EventHandler
    void on(ProjectRateChangedEvent event, @SequenceNumber long version) {
        jdbc.update("""
                INSERT INTO project_rate (project_id, user_id, hourly_rate, effective_from, rate_version)
                VALUES (?, ?, ?, ?, ?)""",
                event.projectId(), event.userId(), event.hourlyRate(), event.effectiveFrom(), event.rateVersion());
        touch(event.projectId(), version);
    }

    @EventHandler
    void on(ProjectBudgetChangedEvent event, @SequenceNumber long version) {
        jdbc.update("""
                UPDATE project_summary SET budget_hours = ?, budget_amount = ?, budget_resets_monthly = ?, version = ?
                WHERE project_id = ?""",
                event.hours(), event.amount(), event.resetsMonthly(), version, event.projectId());
    }

    @EventHandler
    void on(ProjectStatusChangedEvent event, @SequenceNumber long version) {
        jdbc.update("UPDATE project_summary SET status = ?, version = ? WHERE project_id = ?",
                event.to().name(), version, event.projectId());
    }

    private void touch(String projectId, long version) {
        jdbc.update("UPDATE project_summary SET version = ? WHERE project_id = ?", version, projectId);
    }
}
