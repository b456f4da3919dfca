package io.ledgerline.task.command.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Set, move or clear (null) the task's due date. */
public record ChangeTaskDueDateCommand(@TargetAggregateIdentifier String taskId, LocalDate dueDate,
                                       @TargetAggregateVersion Long expectedVersion) {
}
