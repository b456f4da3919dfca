package io.ledgerline.task.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Assign a current member of the task's project to the task. */
public record AssignTaskCommand(@TargetAggregateIdentifier String taskId, String userId,
                                @TargetAggregateVersion Long expectedVersion) {
}
