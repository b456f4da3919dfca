package io.ledgerline.timetracking.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;
import java.time.LocalDate;

/**
 * Time was logged against a task.
 *
 * @param entryId the time entry's id
 * @param userId whose time it is
 * @param projectId the project
 * @param taskId the task
 * @param date the day worked, in the tenant's time zone
 * @param rawMinutes the minutes as logged
 * @param roundedMinutes the minutes after the project's rounding rule
 * @param rounding the rounding rule applied, if any
 * @param description what was done
 * @param billable whether the time is billable
 * @param loggedBy who logged it (a manager may log for a member)
 */
@EventType("ledgerline.time.TimeLogged.v1")
public record TimeLogged(String entryId, String userId, String projectId, String taskId, LocalDate date,
        int rawMinutes, int roundedMinutes, RoundingRule rounding, String description, boolean billable,
        String loggedBy)
        implements IntegrationEvent {
}
