package io.ledgerline.platform.testapp;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Writes a note, then fails when a test says so: the command has run, the response is a 500. */
@RestController
class FlakyNoteController {

    static final AtomicBoolean FAIL_AFTER_WRITE = new AtomicBoolean();

    private final CommandGateway commands;

    FlakyNoteController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/api/v1/flaky-notes")
    ResponseEntity<Map<String, String>> write(@RequestBody Map<String, String> body) {
        String noteId = UUID.randomUUID().toString();
        commands.sendAndWait(new WriteNoteCommand(noteId, body.get("text")));
        if (FAIL_AFTER_WRITE.get()) {
            throw new UnsupportedOperationException("failing after the command, as a crash would");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("noteId", noteId));
    }
}
