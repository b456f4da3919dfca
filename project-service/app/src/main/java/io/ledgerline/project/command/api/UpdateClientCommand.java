package io.ledgerline.project.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Replace a client's details; {@code expectedVersion} (If-Match) is optional. */
public record UpdateClientCommand(@TargetAggregateIdentifier String clientId, ClientDetails details,
                                  @TargetAggregateVersion Long expectedVersion) {
}
