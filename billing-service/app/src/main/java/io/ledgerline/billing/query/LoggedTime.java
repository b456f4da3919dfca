package io.ledgerline.billing.query;

import java.time.LocalDate;

/** A time entry as timetracking-service last described it (TimeLogged or TimeEntryAdjusted). */
public record LoggedTime(String entryId, String userId, String projectId, String taskId, LocalDate date,
                         int rawMinutes, int roundedMinutes, String rounding, String description, boolean billable) {
}
