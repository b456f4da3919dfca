package io.ledgerline.project.command.api;

/** Where a project is in its life. */
public enum ProjectStatus {
    ACTIVE, ON_HOLD, COMPLETED, ARCHIVED
}
