package io.ledgerline.task.api;

/** How urgent a task is. */
public enum TaskPriority {
    LOW, NORMAL, HIGH, URGENT
}
