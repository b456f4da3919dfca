package io.ledgerline.platform.testapp;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record AmendNoteCommand(@TargetAggregateIdentifier String noteId, String text,
                               @TargetAggregateVersion Long expectedVersion) {
}
