package io.ledgerline.timetracking.command.api;

import java.util.List;

/** A manager rejected a week with a reason; its entries are unlocked. */
public record TimesheetRejectedEvent(String timesheetId, String userId, IsoWeek week, String rejectedBy,
                                     String reason, List<String> entryIds) {
}
