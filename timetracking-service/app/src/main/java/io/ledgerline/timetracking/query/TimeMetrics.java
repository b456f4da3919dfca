package io.ledgerline.timetracking.query;

import io.ledgerline.timetracking.command.api.TimeLoggedEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code ledgerline.time.logged{billable}} (Prometheus {@code ledgerline_time_logged_seconds_total}): rounded
 * time logged, counted once the entry committed; and
 * {@code ledgerline.time.entries.awaiting.approval}: logged entries of SUBMITTED weeks across tenants, read when
 * scraped.
 */
@Component
@ProcessingGroup(TimeEntryProjection.GROUP)
class TimeMetrics {

    private final Counter billable;
    private final Counter notBillable;

    TimeMetrics(MeterRegistry meters, JdbcTemplate jdbc) {
        this.billable = minutes(meters, true);
        this.notBillable = minutes(meters, false);
        Gauge.builder("ledgerline.time.entries.awaiting.approval", jdbc, TimeMetrics::awaitingApproval)
                .description("Logged entries of weeks submitted and not yet approved or rejected").register(meters);
    }

    @EventHandler
    void on(TimeLoggedEvent event, UnitOfWork<?> unitOfWork) {
        Counter counter = event.billable() ? billable : notBillable;
        unitOfWork.afterCommit(committed -> counter.increment(event.roundedMinutes() * 60.0));
    }

    private static Counter minutes(MeterRegistry meters, boolean billable) {
        return Counter.builder("ledgerline.time.logged").baseUnit("seconds")
                .description("Rounded time logged (in seconds, Prometheus' base unit; minutes on the dashboards)").tag("billable", String.valueOf(billable))
                .register(meters);
    }

    private static double awaitingApproval(JdbcTemplate jdbc) {
        Long count = jdbc.queryForObject("""
                SELECT count(*) FROM time_entry e JOIN timesheet t
                    ON t.tenant = e.tenant AND t.user_id = e.user_id AND t.iso_week = e.iso_week
                WHERE e.status = 'LOGGED' AND t.status = 'SUBMITTED'""", Long.class);
        return count == null ? 0 : count;
    }
}
