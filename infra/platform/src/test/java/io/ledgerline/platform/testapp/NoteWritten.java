package io.ledgerline.platform.testapp;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;

@EventType("ledgerline.platformtest.NoteWritten.v1")
public record NoteWritten(String noteId, String text) implements IntegrationEvent {
}
