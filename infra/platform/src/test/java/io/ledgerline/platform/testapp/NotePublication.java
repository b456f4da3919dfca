package io.ledgerline.platform.testapp;

import io.ledgerline.platform.outbox.IntegrationEventPublisher;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
class NotePublication {

    private final IntegrationEventPublisher publisher;

    NotePublication(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(NoteWrittenEvent event, EventMessage<NoteWrittenEvent> message) {
        publisher.publish(new NoteWritten(event.noteId(), event.text()), message);
    }
}
