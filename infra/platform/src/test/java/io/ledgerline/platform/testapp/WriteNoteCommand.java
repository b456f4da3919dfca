package io.ledgerline.platform.testapp;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record WriteNoteCommand(@TargetAggregateIdentifier String noteId, String text) {
}
