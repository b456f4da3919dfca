package io.ledgerline.timetracking.command.api;

import java.time.Instant;

/** A user's timer started; it is the entry {@code entryId} until stopped. */
public record TimerStartedEvent(String entryId, String userId, String projectId, String taskId, Instant startedAt,
                                String description) {
}
