package io.ledgerline.billing.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.billing.command.api.BudgetThresholdCrossedEvent;
import io.ledgerline.billing.command.api.RecordBudgetBurnCommand;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The alerts of one project's budget. It remembers every threshold it has raised per dimension and period, so each of
 * 50, 80 and 100 % is crossed once per period, however often burn is reported, redelivered or falls and rises again.
 */
@Aggregate
class ProjectBudget {

    static final List<Integer> THRESHOLDS = List.of(50, 80, 100);

    @AggregateIdentifier
    private String projectId;
    private final Set<String> crossed = new HashSet<>();

    ProjectBudget() {
        // for Axon to rebuild from events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordBudgetBurnCommand command) {
        if (command.budget() == null || command.budget().signum() <= 0 || command.used() == null) {
            return;
        }
        BigDecimal percent = command.used().multiply(BigDecimal.valueOf(100));
        for (int threshold : THRESHOLDS) {
            boolean reached = percent.compareTo(command.budget().multiply(BigDecimal.valueOf(threshold))) >= 0;
            if (reached && !crossed.contains(key(command.dimension().name(), command.period(), threshold))) {
                apply(new BudgetThresholdCrossedEvent(command.projectId(), threshold, command.dimension(),
                        command.period(), command.used(), command.budget(), command.currency()));
            }
        }
    }

    private static String key(String dimension, String period, int threshold) {
        return dimension + "/" + period + "/" + threshold;
    }

    @EventSourcingHandler
    void on(BudgetThresholdCrossedEvent event) {
        projectId = event.projectId();
        crossed.add(key(event.dimension().name(), event.period(), event.thresholdPercent()));
    }
}
