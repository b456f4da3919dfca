package io.ledgerline.timetracking.web;

import static io.ledgerline.timetracking.web.EntryResponses.tenant;

import io.ledgerline.platform.web.ETags;
import io.ledgerline.timetracking.command.api.ApproveTimesheetCommand;
import io.ledgerline.timetracking.command.api.IsoWeek;
import io.ledgerline.timetracking.command.api.RejectTimesheetCommand;
import io.ledgerline.timetracking.command.api.SubmitTimesheetCommand;
import io.ledgerline.timetracking.command.api.TimesheetIds;
import io.ledgerline.timetracking.query.TimesheetView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A user's ISO week (such as 2026-W48): its totals, and its submission, approval or rejection. */
@RestController
@RequestMapping("/api/v1/timesheets/{userId}/{isoWeek}")
@Tag(name = "timesheets")
class TimesheetController {

    private final CommandGateway commands;
    private final EntryResponses responses;

    TimesheetController(CommandGateway commands, EntryResponses responses) {
        this.commands = commands;
        this.responses = responses;
    }

    @GetMapping
    @Operation(summary = "The week's status, entries and rounded minutes in total, per day and per project")
    ResponseEntity<TimesheetView> get(@PathVariable String userId, @PathVariable String isoWeek) {
        return responses.week(userId, EntryResponses.week(isoWeek));
    }

    @PostMapping("/submit")
    @Operation(summary = "The user submits their week; its entries are locked until it is rejected")
    ResponseEntity<TimesheetView> submit(@PathVariable String userId, @PathVariable String isoWeek,
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                         String ifMatch) {
        IsoWeek week = EntryResponses.week(isoWeek);
        commands.sendAndWait(new SubmitTimesheetCommand(TimesheetIds.of(tenant(), userId, week), userId, week,
                ETags.ifMatch(ifMatch)));
        return responses.week(userId, week);
    }

    @PostMapping("/approve")
    @Operation(summary = "A manager of every project in the week, or an admin, approves it: its entries stay locked")
    ResponseEntity<TimesheetView> approve(@PathVariable String userId, @PathVariable String isoWeek,
                                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                          String ifMatch) {
        IsoWeek week = EntryResponses.week(isoWeek);
        commands.sendAndWait(new ApproveTimesheetCommand(TimesheetIds.of(tenant(), userId, week),
                ETags.ifMatch(ifMatch)));
        return responses.week(userId, week);
    }

    @PostMapping("/reject")
    @Operation(summary = "A manager of every project in the week, or an admin, rejects it with a reason: unlocked")
    ResponseEntity<TimesheetView> reject(@PathVariable String userId, @PathVariable String isoWeek,
                                         @Valid @RequestBody RejectTimesheetRequest request,
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                         String ifMatch) {
        IsoWeek week = EntryResponses.week(isoWeek);
        commands.sendAndWait(new RejectTimesheetCommand(TimesheetIds.of(tenant(), userId, week), request.reason(),
                ETags.ifMatch(ifMatch)));
        return responses.week(userId, week);
    }
}
