package io.ledgerline.timetracking.command.api;

import java.util.List;

/** A manager approved a week; its entries are locked. */
public record TimesheetApprovedEvent(String timesheetId, String userId, IsoWeek week, String approvedBy,
                                     List<String> entryIds) {
}
