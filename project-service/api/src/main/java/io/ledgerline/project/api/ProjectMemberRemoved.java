package io.ledgerline.project.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;

/** Someone left a project; their open work on it ends. */
@EventType("ledgerline.project.ProjectMemberRemoved.v1")
public record ProjectMemberRemoved(String projectId, String userId) implements IntegrationEvent {
}
