package io.ledgerline.task.query;

import io.ledgerline.task.api.TaskStatus;
import java.time.LocalDate;

/**
 * Which of a tenant's tasks to list; a null criterion does not filter.
 *
 * @param projectId the tasks of this project
 * @param assignee  the tasks this user is assigned to
 * @param status    the tasks in this status
 * @param dueBefore the tasks due strictly before this date
 * @param memberOf  the tasks of the projects this user belongs to
 */
public record TaskFilter(String projectId, String assignee, TaskStatus status, LocalDate dueBefore,
                         String memberOf) {
}
