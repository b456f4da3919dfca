package io.ledgerline.billing.query;

import io.ledgerline.billing.command.api.BudgetThresholdCrossedEvent;
import io.ledgerline.billing.command.api.InvoiceIssuedEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * {@code ledgerline.invoices.issued}, {@code ledgerline.invoices.amount{currency}} (gross, as issued) and
 * {@code ledgerline.budget.thresholds.crossed{threshold,dimension}}, each counted once its event committed.
 */
@Component
@ProcessingGroup(InvoiceProjection.GROUP)
class BillingMetrics {

    private final MeterRegistry meters;
    private final Counter issued;

    BillingMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.issued = Counter.builder("ledgerline.invoices.issued").description("Invoices issued").register(meters);
    }

    @EventHandler
    void on(InvoiceIssuedEvent event, UnitOfWork<?> unitOfWork) {
        unitOfWork.afterCommit(committed -> {
            issued.increment();
            Counter.builder("ledgerline.invoices.amount").description("Gross amount invoiced")
                    .tag("currency", event.currency()).register(meters)
                    .increment(event.totals().gross().doubleValue());
        });
    }

    @EventHandler
    void on(BudgetThresholdCrossedEvent event, UnitOfWork<?> unitOfWork) {
        unitOfWork.afterCommit(committed -> Counter.builder("ledgerline.budget.thresholds.crossed")
                .description("Budget thresholds crossed").tag("threshold", String.valueOf(event.thresholdPercent()))
                .tag("dimension", event.dimension().name()).register(meters).increment());
    }
}
