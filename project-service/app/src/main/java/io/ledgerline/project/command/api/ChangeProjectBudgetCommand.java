package io.ledgerline.project.command.api;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Set the project's budget in hours and/or money; both absent removes it. */
public record ChangeProjectBudgetCommand(@TargetAggregateIdentifier String projectId, BigDecimal hours,
                                         BigDecimal amount, boolean resetsMonthly,
                                         @TargetAggregateVersion Long expectedVersion) {
}
