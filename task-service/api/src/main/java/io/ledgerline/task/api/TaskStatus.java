package io.ledgerline.task.api;

/** Where a task is in its workflow. DONE and CANCELLED are closed; CANCELLED is final. */
public enum TaskStatus {
    TODO, IN_PROGRESS, IN_REVIEW, DONE, BLOCKED, CANCELLED;

    /** Whether the task still counts as open work (neither DONE nor CANCELLED). */
    public boolean isOpen() {
        return this != DONE && this != CANCELLED;
    }
}
