package io.ledgerline.timetracking.command.api;

import java.time.LocalDate;

/** An entry was deleted. */
public record TimeEntryDeletedEvent(String entryId, String userId, String projectId, LocalDate date) {
}
