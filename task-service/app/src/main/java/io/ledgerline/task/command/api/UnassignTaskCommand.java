package io.ledgerline.task.command.api;

import io.ledgerline.task.api.UnassignmentReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Take an assignee off the task. */
public record UnassignTaskCommand(@TargetAggregateIdentifier String taskId, String userId, UnassignmentReason reason,
                                  @TargetAggregateVersion Long expectedVersion) {
}
