package io.ledgerline.task.command.api;

/** Where a task is in its workflow. */
public enum TaskStatus {
    TODO, IN_PROGRESS, IN_REVIEW, DONE, BLOCKED, CANCELLED
}
