package io.ledgerline.platform.testapp;

public record NoteWrittenEvent(String noteId, String text) {
}
