package io.ledgerline.timetracking.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A user's week: its approval status, its logged entries and their rounded minutes in total, per day (every day of
 * the week, Monday first) and per project. {@code version} is the ETag of a week ever submitted, else null.
 */
public record TimesheetView(String userId, String isoWeek, String status, String decidedBy, String reason,
                            Long version, int totalMinutes, int billableMinutes, Map<LocalDate, Integer> perDay,
                            Map<String, Integer> perProject, List<TimeEntryView> entries) {
}
