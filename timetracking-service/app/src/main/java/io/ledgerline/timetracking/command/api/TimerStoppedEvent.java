package io.ledgerline.timetracking.command.api;

import java.time.Instant;

/** A user's timer stopped; a {@link TimeLoggedEvent} for the entry follows. */
public record TimerStoppedEvent(String entryId, String userId, Instant stoppedAt) {
}
