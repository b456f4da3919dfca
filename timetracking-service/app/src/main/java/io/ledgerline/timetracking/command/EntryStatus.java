package io.ledgerline.timetracking.command;

/** Where a time entry is in its life: a running timer, logged time, or deleted. */
enum EntryStatus {
    RUNNING, LOGGED, DELETED
}
