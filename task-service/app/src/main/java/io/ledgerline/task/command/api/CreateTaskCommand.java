package io.ledgerline.task.command.api;

import io.ledgerline.task.api.TaskPriority;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create a task in an ACTIVE project; it starts in status TODO. */
public record CreateTaskCommand(@TargetAggregateIdentifier String taskId, String projectId, String title,
                                String description, TaskPriority priority, BigDecimal estimateHours,
                                LocalDate dueDate) {
}
