package io.ledgerline.task.command.api;

import io.ledgerline.task.api.TaskStatus;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Move the task along its workflow. */
public record ChangeTaskStatusCommand(@TargetAggregateIdentifier String taskId, TaskStatus status,
                                      @TargetAggregateVersion Long expectedVersion) {
}
