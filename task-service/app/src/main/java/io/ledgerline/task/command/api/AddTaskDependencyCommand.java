package io.ledgerline.task.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Make the task blocked by another task of the same project. */
public record AddTaskDependencyCommand(@TargetAggregateIdentifier String taskId, String blockerTaskId,
                                       @TargetAggregateVersion Long expectedVersion) {
}
