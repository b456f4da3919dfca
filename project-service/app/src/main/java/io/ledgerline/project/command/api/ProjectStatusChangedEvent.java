package io.ledgerline.project.command.api;

import io.ledgerline.project.api.ProjectStatus;

/** A project moved from one status to another. */
public record ProjectStatusChangedEvent(String projectId, ProjectStatus from, ProjectStatus to) {
}
