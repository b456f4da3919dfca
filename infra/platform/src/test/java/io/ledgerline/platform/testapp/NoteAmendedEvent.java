package io.ledgerline.platform.testapp;

public record NoteAmendedEvent(String noteId, String text) {
}
