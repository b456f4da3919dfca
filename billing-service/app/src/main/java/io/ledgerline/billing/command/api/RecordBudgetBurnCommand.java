package io.ledgerline.billing.command.api;

import io.ledgerline.billing.api.BudgetDimension;
import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Tell a project's budget how much of one dimension a period has used, so that it can raise its thresholds. */
public record RecordBudgetBurnCommand(@TargetAggregateIdentifier String projectId, BudgetDimension dimension,
                                      String period, BigDecimal used, BigDecimal budget, String currency) {
}
