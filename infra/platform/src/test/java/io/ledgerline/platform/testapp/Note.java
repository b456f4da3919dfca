package io.ledgerline.platform.testapp;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.platform.eventstore.Snapshots;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

@Aggregate(snapshotTriggerDefinition = Snapshots.TRIGGER, cache = Snapshots.CACHE)
class Note {

    @AggregateIdentifier
    private String noteId;
    private String text;
    private final List<String> earlierTexts = new ArrayList<>();

    Note() {
    }

    @CommandHandler
    Note(WriteNoteCommand command) {
        apply(new NoteWrittenEvent(command.noteId(), command.text()));
    }

    @CommandHandler
    void handle(AmendNoteCommand command) {
        apply(new NoteAmendedEvent(command.noteId(), command.text()));
    }

    @EventSourcingHandler
    void on(NoteWrittenEvent event) {
        noteId = event.noteId();
        text = event.text();
    }

    @EventSourcingHandler
    void on(NoteAmendedEvent event) {
        earlierTexts.add(text);
        text = event.text();
    }

    String text() {
        return text;
    }

    List<String> earlierTexts() {
        return earlierTexts;
    }
}
