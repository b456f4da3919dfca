package io.ledgerline.timetracking.command.api;

import java.util.List;

/** A user submitted a week with these entries, of these projects. */
public record TimesheetSubmittedEvent(String timesheetId, String userId, IsoWeek week, List<String> entryIds,
                                      List<String> projectIds, int totalMinutes) {
}
