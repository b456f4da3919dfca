package io.ledgerline.platform.testapp;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A read model whose handler fails for the notes {@link NoteTextRepair} refuses, after it has written: the failing
 * event is parked in the group's dead-letter queue, and what the handler wrote must not stay.
 */
@Component
@ProcessingGroup(NoteTextProjection.PROCESSING_GROUP)
class NoteTextProjection {

    static final String PROCESSING_GROUP = "note-texts";

    private final JdbcTemplate jdbc;
    private final NoteTextRepair repair;

    NoteTextProjection(JdbcTemplate jdbc, NoteTextRepair repair) {
        this.jdbc = jdbc;
        this.repair = repair;
    }

    @EventHandler
    void on(NoteWrittenEvent event) {
        jdbc.update("INSERT INTO note_text (note_id, text) VALUES (?, ?)", event.noteId(), event.text());
        refuseIfBroken(event.text());
    }

    @EventHandler
    void on(NoteAmendedEvent event) {
        jdbc.update("UPDATE note_text SET text = ? WHERE note_id = ?", event.text(), event.noteId());
        refuseIfBroken(event.text());
    }

    private void refuseIfBroken(String text) {
        if (repair.refuses(text)) {
            throw new IllegalStateException("the note-text projection refuses " + text);
        }
    }
}
