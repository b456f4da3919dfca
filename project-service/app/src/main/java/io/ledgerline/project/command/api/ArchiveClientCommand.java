package io.ledgerline.project.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Archive a client: it keeps its projects but takes no new ones. */
public record ArchiveClientCommand(@TargetAggregateIdentifier String clientId,
                                   @TargetAggregateVersion Long expectedVersion) {
}
