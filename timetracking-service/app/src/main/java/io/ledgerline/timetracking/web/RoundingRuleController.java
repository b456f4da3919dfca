package io.ledgerline.timetracking.web;

import static io.ledgerline.timetracking.web.EntryResponses.tenant;

import io.ledgerline.platform.web.ETags;
import io.ledgerline.platform.web.NotFoundException;
import io.ledgerline.timetracking.command.api.SetRoundingRuleCommand;
import io.ledgerline.timetracking.query.RoundingRuleView;
import io.ledgerline.timetracking.query.TimeEntries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A project's rounding rule for new entries; entries already logged keep theirs. */
@RestController
@RequestMapping("/api/v1/time-entries/rounding-rules/{projectId}")
@Tag(name = "rounding rules")
class RoundingRuleController {

    private final CommandGateway commands;
    private final TimeEntries entries;

    RoundingRuleController(CommandGateway commands, TimeEntries entries) {
        this.commands = commands;
        this.entries = entries;
    }

    @GetMapping
    @Operation(summary = "The project's rounding rule; 404 if none was ever set")
    ResponseEntity<RoundingRuleView> get(@PathVariable String projectId) {
        RoundingRuleView rule = entries.roundingRule(tenant(), projectId)
                .orElseThrow(() -> new NotFoundException("rounding rule of project", projectId));
        return ResponseEntity.ok().eTag(ETags.of(rule.version())).body(rule);
    }

    @PutMapping
    @Operation(summary = "Set the rule (unit 1 to 240 minutes, UP, DOWN or NEAREST, optional minimum); managers of "
            + "the project or admins")
    ResponseEntity<RoundingRuleView> put(@PathVariable String projectId,
                                         @Valid @RequestBody RoundingRuleRequest request,
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                         String ifMatch) {
        commands.sendAndWait(new SetRoundingRuleCommand(projectId, request.rule(), ETags.ifMatch(ifMatch)));
        return get(projectId);
    }

    @DeleteMapping
    @Operation(summary = "Stop rounding the project's new entries")
    ResponseEntity<RoundingRuleView> delete(@PathVariable String projectId,
                                            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                            String ifMatch) {
        commands.sendAndWait(new SetRoundingRuleCommand(projectId, null, ETags.ifMatch(ifMatch)));
        return get(projectId);
    }
}
