package io.ledgerline.timetracking.command;

/** A week's approval: OPEN takes changes (never submitted, or rejected); SUBMITTED and APPROVED lock it. */
public enum WeekStatus {
    OPEN, SUBMITTED, APPROVED
}
