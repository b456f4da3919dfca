package io.ledgerline.platform.testapp;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

@Aggregate
class Note {

    @AggregateIdentifier
    private String noteId;

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
    }
}
