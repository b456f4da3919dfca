package io.ledgerline.platform.testapp;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A read model kept by a tracking processor, so that the operations API can replay it. */
@Component
@ProcessingGroup(NoteCountProjection.PROCESSING_GROUP)
class NoteCountProjection {

    static final String PROCESSING_GROUP = "note-counts";

    private final JdbcTemplate jdbc;

    NoteCountProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(NoteWrittenEvent event) {
        jdbc.update("INSERT INTO note_count (note_id, text) VALUES (?, ?) ON CONFLICT (note_id) DO NOTHING",
                event.noteId(), event.text());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM note_count");
    }
}
