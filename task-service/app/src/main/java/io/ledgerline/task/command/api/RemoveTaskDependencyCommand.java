package io.ledgerline.task.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The task is no longer blocked by the given task. */
public record RemoveTaskDependencyCommand(@TargetAggregateIdentifier String taskId, String blockerTaskId,
                                          @TargetAggregateVersion Long expectedVersion) {
}
