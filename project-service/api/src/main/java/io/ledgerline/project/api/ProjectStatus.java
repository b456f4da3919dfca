package io.ledgerline.project.api;

/** Where a project is in its life. ACTIVE and ON_HOLD go back and forth; ARCHIVED is final. */
public enum ProjectStatus {
    ACTIVE, ON_HOLD, COMPLETED, ARCHIVED
}
