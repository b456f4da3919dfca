package io.ledgerline.project.query;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.project.command.api.ProjectCreatedEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code ledgerline.projects.created} (per tenant, counted once the creating transaction committed) and
 * {@code ledgerline.projects.active} (all tenants, read from {@code project_summary} when scraped).
 */
@Component
@ProcessingGroup("project-summary")
class ProjectMetrics {

    private final MeterRegistry registry;

    ProjectMetrics(MeterRegistry registry, JdbcTemplate jdbc) {
        this.registry = registry;
        Gauge.builder("ledgerline.projects.active",
                        () -> jdbc.queryForObject("SELECT count(*) FROM project_summary WHERE status = 'ACTIVE'",
                                Long.class))
                .description("Projects that are ACTIVE, in all tenants")
                .register(registry);
    }

    @EventHandler
    void on(ProjectCreatedEvent event, @MetaDataValue(CallerContext.TENANT) String tenant) {
        Counter created = Counter.builder("ledgerline.projects.created")
                .description("Projects created").tag("tenant", tenant).register(registry);
        CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.root().afterCommit(committed -> created.increment()));
    }
}
