package io.ledgerline.task.command.api;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Set or change the task's estimate in hours. */
public record EstimateTaskCommand(@TargetAggregateIdentifier String taskId, BigDecimal estimateHours,
                                  @TargetAggregateVersion Long expectedVersion) {
}
