package io.ledgerline.project.api;

/** A member's role on a project. */
public enum ProjectRole {
    /** Manages the project: its members, rates, budget, status, and approves its time. */
    MANAGER,
    /** Works on the project and logs time to it. */
    MEMBER
}
