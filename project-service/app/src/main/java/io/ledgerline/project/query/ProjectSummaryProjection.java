package io.ledgerline.project.query;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.project.command.api.ProjectCreatedEvent;
import io.ledgerline.project.command.api.ProjectStatus;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code project_summary}, one row per project, scoped by tenant. */
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
        jdbc.update("""
                INSERT INTO project_summary (project_id, tenant, client_id, name, code, billing_mode, currency,
                    default_hourly_rate, fixed_fee, status, version, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (project_id) DO NOTHING""",
                event.projectId(), tenant, event.clientId(), event.name(), event.code(), event.billingMode().name(),
                event.currency(), event.defaultHourlyRate(), event.fixedFee(), ProjectStatus.ACTIVE.name(), version,
                Timestamp.from(at));
    }
}
