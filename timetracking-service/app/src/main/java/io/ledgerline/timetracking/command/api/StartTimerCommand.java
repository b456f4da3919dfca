package io.ledgerline.timetracking.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Start the caller's timer on a task; the running timer is the entry it will become. */
public record StartTimerCommand(@TargetAggregateIdentifier String entryId, String taskId, String description) {
}
