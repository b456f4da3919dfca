package io.ledgerline.project.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;

/** A project moved from one status to another. */
@EventType("ledgerline.project.ProjectStatusChanged.v1")
public record ProjectStatusChanged(String projectId, ProjectStatus from, ProjectStatus to)
        implements IntegrationEvent {
}
