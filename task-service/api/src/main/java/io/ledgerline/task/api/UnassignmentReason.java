package io.ledgerline.task.api;

/** Why an assignment ended. */
public enum UnassignmentReason {
    /** Someone took the assignee off the task. */
    UNASSIGNED,
    /** The assignee left the task's project, which ends their open assignments. */
    LEFT_PROJECT
}
