package io.ledgerline.timetracking.command;

/** One logged entry of a week, as a timesheet needs it. */
public record WeekEntry(String entryId, String projectId, int roundedMinutes) {
}
