package io.ledgerline.timetracking.command;

import java.time.Instant;

/** A user's running timer: the entry it will become, its task and since when it runs. */
public record RunningTimer(String entryId, String taskId, Instant startedAt) {
}
