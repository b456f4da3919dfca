package io.ledgerline.platform.testapp;

import io.ledgerline.platform.history.EventHistory;
import io.ledgerline.platform.history.HistoryEntry;
import io.ledgerline.platform.web.ETags;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NoteController {

    private final CommandGateway commands;
    private final EventHistory history;

    NoteController(CommandGateway commands, EventHistory history) {
        this.commands = commands;
        this.history = history;
    }

    @PostMapping("/api/v1/notes")
    ResponseEntity<Map<String, String>> write(@RequestBody Map<String, String> body) {
        String noteId = UUID.randomUUID().toString();
        commands.sendAndWait(new WriteNoteCommand(noteId, body.get("text")));
        return ResponseEntity.created(URI.create("/api/v1/notes/" + noteId)).eTag(ETags.of(0))
                .body(Map.of("noteId", noteId));
    }

    @PostMapping("/api/v1/notes/{noteId}/amendments")
    ResponseEntity<Void> amend(@PathVariable String noteId, @RequestBody Map<String, String> body,
                               @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        commands.sendAndWait(new AmendNoteCommand(noteId, body.get("text"), ETags.ifMatch(ifMatch)));
        return ResponseEntity.noContent().build();
    }

    /** The same change where it must be conditional, as billing's invoice issue and void are. */
    @PostMapping("/api/v1/notes/{noteId}/corrections")
    ResponseEntity<Void> correct(@PathVariable String noteId, @RequestBody Map<String, String> body,
                                 @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        commands.sendAndWait(new AmendNoteCommand(noteId, body.get("text"), ETags.requireIfMatch(ifMatch)));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/notes/{noteId}/history")
    List<HistoryEntry> history(@PathVariable String noteId) {
        return history.of(noteId);
    }

    @GetMapping("/api/v1/notes/{noteId}")
    Map<String, Object> asOf(@PathVariable String noteId, @RequestParam Instant asOf) {
        List<DomainEventMessage<?>> events = history.until(noteId, asOf);
        Object last = events.get(events.size() - 1).getPayload();
        String text = last instanceof NoteAmendedEvent amended ? amended.text() : ((NoteWrittenEvent) last).text();
        return Map.of("noteId", noteId, "text", text, "version", events.size() - 1);
    }
}
