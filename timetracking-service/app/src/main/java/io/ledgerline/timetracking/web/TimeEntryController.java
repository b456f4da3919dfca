package io.ledgerline.timetracking.web;

import static io.ledgerline.timetracking.web.EntryResponses.tenant;

import io.ledgerline.platform.history.EventHistory;
import io.ledgerline.platform.history.HistoryEntry;
import io.ledgerline.platform.security.Grant;
import io.ledgerline.platform.security.ScopedAccess;
import io.ledgerline.platform.web.ETags;
import io.ledgerline.timetracking.command.api.AdjustTimeEntryCommand;
import io.ledgerline.timetracking.command.api.DeleteTimeEntryCommand;
import io.ledgerline.timetracking.command.api.LogTimeCommand;
import io.ledgerline.timetracking.query.TimeEntries;
import io.ledgerline.timetracking.query.TimeEntryPage;
import io.ledgerline.timetracking.query.TimeEntryView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Logs, adjusts, deletes, reads and lists time entries, and shows their history. */
@RestController
@RequestMapping("/api/v1/time-entries")
@Tag(name = "time entries")
class TimeEntryController {

    private final CommandGateway commands;
    private final TimeEntries entries;
    private final EntryResponses responses;
    private final EventHistory history;
    private final ScopedAccess access;

    TimeEntryController(CommandGateway commands, TimeEntries entries, EntryResponses responses,
                        EventHistory history, ScopedAccess access) {
        this.commands = commands;
        this.entries = entries;
        this.responses = responses;
        this.history = history;
        this.access = access;
    }

    @PostMapping
    @Operation(summary = "Log time on a known, open task of an ACTIVE project: minutes on a date, or a start and end "
            + "on one date; a manager of the project may log for a member (userId)")
    ResponseEntity<TimeEntryView> log(@Valid @RequestBody LogTimeRequest request) {
        access.require("taskId", request.taskId(), Grant.ADMIN, Grant.PROJECT_MEMBER);
        String entryId = UUID.randomUUID().toString();
        commands.sendAndWait(new LogTimeCommand(entryId, request.userId(), request.taskId(), request.date(),
                request.minutes(), request.startedAt(), request.endedAt(), request.description(),
                request.billable()));
        TimeEntryView created = responses.current(entryId);
        return ResponseEntity.created(URI.create("/api/v1/time-entries/" + entryId))
                .eTag(ETags.of(created.version())).body(created);
    }

    @GetMapping("/{entryId}")
    @Operation(summary = "An entry (or running timer) with its locks: the approval of its week and its invoice")
    ResponseEntity<TimeEntryView> get(@PathVariable String entryId) {
        return responses.ok(entryId);
    }

    @GetMapping
    @Operation(summary = "Logged entries filtered by user, project, task and date range (from, to), newest first; "
            + "a manager or member sees their own entries and those on the projects they manage")
    TimeEntryPage list(@Valid @ModelAttribute ListTimeEntriesParams params) {
        boolean wholeTenant = Grant.ADMIN.heldByCaller() || Grant.FINANCE.heldByCaller()
                || Grant.API_READ.heldByCaller();
        return entries.list(tenant(), params.filter(wholeTenant ? null : EntryResponses.actor()),
                params.pageOrFirst(), params.sizeOrDefault());
    }

    @PatchMapping("/{entryId}")
    @Operation(summary = "Change an entry; refused with 409 while its week is submitted or approved, or an invoice "
            + "holds it")
    ResponseEntity<TimeEntryView> adjust(@PathVariable String entryId,
                                         @Valid @RequestBody AdjustTimeEntryRequest request,
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                         String ifMatch) {
        commands.sendAndWait(new AdjustTimeEntryCommand(entryId, request.taskId(), request.date(), request.minutes(),
                request.startedAt(), request.endedAt(), request.description(), request.billable(),
                ETags.ifMatch(ifMatch)));
        return responses.ok(entryId);
    }

    @DeleteMapping("/{entryId}")
    @Operation(summary = "Delete an entry that no lock holds")
    ResponseEntity<Void> delete(@PathVariable String entryId,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        commands.sendAndWait(new DeleteTimeEntryCommand(entryId, ETags.ifMatch(ifMatch)));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{entryId}/history")
    @Operation(summary = "Every change of the entry, its locks included: what, when, by whom, in which request")
    List<HistoryEntry> history(@PathVariable String entryId) {
        return history.of(entryId);
    }
}
