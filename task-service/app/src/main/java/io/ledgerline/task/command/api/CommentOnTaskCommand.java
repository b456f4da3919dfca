package io.ledgerline.task.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Add a comment to the task; the author is the caller. */
public record CommentOnTaskCommand(@TargetAggregateIdentifier String taskId, String commentId, String text,
                                   @TargetAggregateVersion Long expectedVersion) {
}
