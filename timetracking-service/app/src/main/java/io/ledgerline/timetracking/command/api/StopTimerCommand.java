package io.ledgerline.timetracking.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stop the caller's running timer, which logs its time. */
public record StopTimerCommand(@TargetAggregateIdentifier String entryId) {
}
