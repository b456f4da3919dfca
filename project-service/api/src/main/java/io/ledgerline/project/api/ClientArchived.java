package io.ledgerline.project.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;

/** A client was archived: no new projects can be created for it. */
@EventType("ledgerline.project.ClientArchived.v1")
public record ClientArchived(String clientId) implements IntegrationEvent {
}
