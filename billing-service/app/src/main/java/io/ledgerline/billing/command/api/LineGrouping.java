package io.ledgerline.billing.command.api;

/** How the time entries of a draft become lines: one line per project, per task or per person (and rate). */
public enum LineGrouping {
    PROJECT, TASK, PERSON
}
