package io.ledgerline.project.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a client of the caller's tenant. */
public record RegisterClientCommand(@TargetAggregateIdentifier String clientId, ClientDetails details) {
}
