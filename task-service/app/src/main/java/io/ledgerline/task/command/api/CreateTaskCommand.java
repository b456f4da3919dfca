package io.ledgerline.task.command.api;

import io.ledgerline.task.api.TaskPriority;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create a task in a project; it starts in status TODO. */
public record CreateTaskCommand(@TargetAggregateIdentifier String taskId, String projectId, String title,
                                String description, TaskPriority priority) {
}
