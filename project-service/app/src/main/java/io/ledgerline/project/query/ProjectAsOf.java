package io.ledgerline.project.query;

import io.ledgerline.project.api.ProjectRole;
import io.ledgerline.project.api.ProjectStatus;
import io.ledgerline.project.command.api.ProjectBudgetChangedEvent;
import io.ledgerline.project.command.api.ProjectCreatedEvent;
import io.ledgerline.project.command.api.ProjectMemberAddedEvent;
import io.ledgerline.project.command.api.ProjectMemberRemovedEvent;
import io.ledgerline.project.command.api.ProjectRateChangedEvent;
import io.ledgerline.project.command.api.ProjectStatusChangedEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * A project rebuilt from its stored events (those up to an instant, for an as-of read), by the same rules as
 * {@link ProjectSummaryProjection}: the rate in force on a date is the latest-dated decision on or before it.
 */
public final class ProjectAsOf {

    private ProjectSummary project;
    private final Map<String, ProjectRole> members = new LinkedHashMap<>();
    private final List<Rate> rates = new ArrayList<>();

    private ProjectAsOf() {
    }

    /** The project as the given events left it, with the rates in force on {@code ratesOn}. */
    public static ProjectSummary fold(List<? extends DomainEventMessage<?>> events, LocalDate ratesOn) {
        ProjectAsOf fold = new ProjectAsOf();
        events.forEach(fold::apply);
        if (fold.project == null) {
            throw new IllegalStateException("the events do not start with the project's creation");
        }
        ProjectSummary p = fold.project;
        List<ProjectMember> members = fold.members.entrySet().stream()
                .map(m -> new ProjectMember(m.getKey(), m.getValue(), fold.rateOn(m.getKey(), ratesOn)))
                .toList();
        return new ProjectSummary(p.projectId(), p.clientId(), p.name(), p.code(), p.billingMode(), p.currency(),
                fold.rateOn(null, ratesOn), p.fixedFee(), p.status(), p.budget(), members, p.version(),
                p.createdAt());
    }

    private void apply(DomainEventMessage<?> message) {
        Object event = message.getPayload();
        if (event instanceof ProjectCreatedEvent e) {
            project = new ProjectSummary(e.projectId(), e.clientId(), e.name(), e.code(), e.billingMode(),
                    e.currency(), null, e.fixedFee(), ProjectStatus.ACTIVE, null, List.of(), 0,
                    message.getTimestamp());
            addRate(null, e.defaultHourlyRate(), null);
        } else if (event instanceof ProjectMemberAddedEvent e) {
            members.put(e.userId(), e.role());
            addRate(e.userId(), e.hourlyRate(), null);
        } else if (event instanceof ProjectMemberRemovedEvent e) {
            members.remove(e.userId());
            rates.removeIf(rate -> e.userId().equals(rate.userId()));
        } else if (event instanceof ProjectRateChangedEvent e) {
            addRate(e.userId(), e.hourlyRate(), e.effectiveFrom());
        } else if (event instanceof ProjectBudgetChangedEvent e) {
            project = with(project.status(), e.hours() == null && e.amount() == null ? null
                    : new ProjectBudget(e.hours(), e.amount(), e.resetsMonthly()));
        } else if (event instanceof ProjectStatusChangedEvent e) {
            project = with(e.to(), project.budget());
        }
        project = withVersion(message.getSequenceNumber());
    }

    private void addRate(String userId, BigDecimal hourlyRate, LocalDate effectiveFrom) {
        if (hourlyRate != null) {
            rates.add(new Rate(userId, hourlyRate, effectiveFrom, rates.size()));
        }
    }

    private BigDecimal rateOn(String userId, LocalDate date) {
        return rates.stream()
                .filter(rate -> Objects.equals(rate.userId(), userId))
                .filter(rate -> rate.effectiveFrom() == null || !rate.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(Rate::effectiveFrom, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingInt(Rate::seq))
                .map(Rate::hourlyRate)
                .orElse(null);
    }

    private ProjectSummary with(ProjectStatus status, ProjectBudget budget) {
        ProjectSummary p = project;
        return new ProjectSummary(p.projectId(), p.clientId(), p.name(), p.code(), p.billingMode(), p.currency(),
                null, p.fixedFee(), status, budget, List.of(), p.version(), p.createdAt());
    }

    private ProjectSummary withVersion(long version) {
        ProjectSummary p = project;
        return new ProjectSummary(p.projectId(), p.clientId(), p.name(), p.code(), p.billingMode(), p.currency(),
                null, p.fixedFee(), p.status(), p.budget(), List.of(), version, p.createdAt());
    }

    private record Rate(String userId, BigDecimal hourlyRate, LocalDate effectiveFrom, int seq) {
    }
}
