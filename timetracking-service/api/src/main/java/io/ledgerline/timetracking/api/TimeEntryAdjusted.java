package io.ledgerline.timetracking.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;
import java.time.LocalDate;

/**
 * A time entry changed; carries the entry as it is now.
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
 */
@EventType("ledgerline.time.TimeEntryAdjusted.v1")
public record TimeEntryAdjusted(String entryId, String userId, String projectId, String taskId,
        LocalDate date, int rawMinutes, int roundedMinutes, RoundingRule rounding, String description,
        boolean billable)
        implements IntegrationEvent {
}
