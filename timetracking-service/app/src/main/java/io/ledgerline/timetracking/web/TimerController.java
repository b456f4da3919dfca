package io.ledgerline.timetracking.web;

import static io.ledgerline.timetracking.web.EntryResponses.actor;
import static io.ledgerline.timetracking.web.EntryResponses.tenant;

import io.ledgerline.platform.security.Grant;
import io.ledgerline.platform.security.ScopedAccess;
import io.ledgerline.platform.web.ETags;
import io.ledgerline.platform.web.NotFoundException;
import io.ledgerline.timetracking.command.api.StartTimerCommand;
import io.ledgerline.timetracking.command.api.StopTimerCommand;
import io.ledgerline.timetracking.query.TimeEntries;
import io.ledgerline.timetracking.query.TimeEntryView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's timer: at most one runs; stopping it logs its time as an entry. */
@RestController
@RequestMapping("/api/v1/timers")
@Tag(name = "timers")
class TimerController {

    private final CommandGateway commands;
    private final TimeEntries entries;
    private final EntryResponses responses;
    private final ScopedAccess access;

    TimerController(CommandGateway commands, TimeEntries entries, EntryResponses responses, ScopedAccess access) {
        this.commands = commands;
        this.entries = entries;
        this.responses = responses;
        this.access = access;
    }

    @PostMapping("/start")
    @Operation(summary = "Start the caller's timer on a task; 409 naming the running timer if one runs")
    ResponseEntity<TimeEntryView> start(@Valid @RequestBody StartTimerRequest request) {
        access.require("taskId", request.taskId(), Grant.ADMIN, Grant.PROJECT_MEMBER);
        String entryId = UUID.randomUUID().toString();
        commands.sendAndWait(new StartTimerCommand(entryId, request.taskId(), request.description()));
        TimeEntryView started = responses.current(entryId);
        return ResponseEntity.created(URI.create("/api/v1/time-entries/" + entryId))
                .eTag(ETags.of(started.version())).body(started);
    }

    @PostMapping("/stop")
    @Operation(summary = "Stop the caller's running timer; its time becomes an entry dated on the day it started")
    ResponseEntity<TimeEntryView> stop() {
        String entryId = entries.runningTimer(tenant(), actor()).map(TimeEntryView::entryId).orElseThrow(() ->
                new IllegalStateException("no timer is running for " + actor()));
        commands.sendAndWait(new StopTimerCommand(entryId));
        return responses.ok(entryId);
    }

    @GetMapping("/current")
    @Operation(summary = "The caller's running timer; 404 when none runs")
    ResponseEntity<TimeEntryView> current() {
        TimeEntryView running = entries.runningTimer(tenant(), actor()).orElseThrow(() ->
                new NotFoundException("running timer of", actor()));
        return ResponseEntity.ok().eTag(ETags.of(running.version())).body(running);
    }
}
