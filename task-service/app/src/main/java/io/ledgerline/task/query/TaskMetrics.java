package io.ledgerline.task.query;

import io.ledgerline.task.api.TaskStatus;
import io.ledgerline.task.command.api.TaskCreatedEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code ledgerline.tasks.created}, counted once a creation committed, and {@code ledgerline.tasks{status}}, the
 * number of tasks in each status across tenants, read from {@code task_summary} when scraped.
 */
@Component
@ProcessingGroup(TaskSummaryProjection.GROUP)
class TaskMetrics {

    private final Counter created;

    TaskMetrics(MeterRegistry meters, JdbcTemplate jdbc) {
        this.created = Counter.builder("ledgerline.tasks.created").description("Tasks created").register(meters);
        for (TaskStatus status : TaskStatus.values()) {
            Gauge.builder("ledgerline.tasks.by.status", jdbc, db -> count(db, status))
                    .description("Tasks by status").tag("status", status.name()).register(meters);
        }
    }

    @EventHandler
    void on(TaskCreatedEvent event, UnitOfWork<?> unitOfWork) {
        unitOfWork.afterCommit(committed -> created.increment());
    }

    private static double count(JdbcTemplate jdbc, TaskStatus status) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM task_summary WHERE status = ?", Long.class,
                status.name());
        return count == null ? 0 : count;
    }
}
