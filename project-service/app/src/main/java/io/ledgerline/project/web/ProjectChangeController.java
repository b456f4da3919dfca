package io.ledgerline.project.web;

import io.ledgerline.platform.context.CallerContexts;
import io.ledgerline.platform.web.ETags;
import io.ledgerline.platform.web.NotFoundException;
import io.ledgerline.project.command.api.AddProjectMemberCommand;
import io.ledgerline.project.command.api.ChangeProjectBudgetCommand;
import io.ledgerline.project.command.api.ChangeProjectRateCommand;
import io.ledgerline.project.command.api.ChangeProjectStatusCommand;
import io.ledgerline.project.command.api.RemoveProjectMemberCommand;
import io.ledgerline.project.query.ProjectSummaries;
import io.ledgerline.project.query.ProjectSummary;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A project's members, rates, budget and status as sub-resources. Each answers the project as it is afterwards with
 * its new ETag; an If-Match naming an older version is refused with 412 (Precondition Failed).
 */
@RestController
@Tag(name = "projects", description = "Projects, their rates in force, history and as-of reads")
@RequestMapping("/api/v1/projects/{projectId}")
class ProjectChangeController {

    private final CommandGateway commands;
    private final ProjectSummaries projects;

    ProjectChangeController(CommandGateway commands, ProjectSummaries projects) {
        this.commands = commands;
        this.projects = projects;
    }

    @PostMapping("/members")
    ResponseEntity<ProjectSummary> addMember(@PathVariable String projectId,
            @Valid @RequestBody AddMemberRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        commands.sendAndWait(new AddProjectMemberCommand(projectId, request.userId(), request.role(),
                request.hourlyRate(), ETags.ifMatch(ifMatch)));
        ProjectSummary project = read(projectId);
        URI member = UriComponentsBuilder.fromPath("/api/v1/projects/{projectId}/members/{userId}").encode()
                .buildAndExpand(projectId, request.userId()).toUri();
        return ResponseEntity.created(member).eTag(ETags.of(project.version())).body(project);
    }

    @DeleteMapping("/members/{userId}")
    ResponseEntity<ProjectSummary> removeMember(@PathVariable String projectId, @PathVariable String userId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        commands.sendAndWait(new RemoveProjectMemberCommand(projectId, userId, ETags.ifMatch(ifMatch)));
        return current(projectId);
    }

    @PostMapping("/rates")
    ResponseEntity<ProjectSummary> changeRate(@PathVariable String projectId,
            @Valid @RequestBody ChangeRateRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        commands.sendAndWait(new ChangeProjectRateCommand(projectId, request.userId(), request.hourlyRate(),
                request.effectiveFrom(), ETags.ifMatch(ifMatch)));
        return current(projectId);
    }

    @PutMapping("/budget")
    ResponseEntity<ProjectSummary> changeBudget(@PathVariable String projectId,
            @Valid @RequestBody ChangeBudgetRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        commands.sendAndWait(new ChangeProjectBudgetCommand(projectId, request.hours(), request.amount(),
                request.resetsMonthly(), ETags.ifMatch(ifMatch)));
        return current(projectId);
    }

    @PutMapping("/status")
    ResponseEntity<ProjectSummary> changeStatus(@PathVariable String projectId,
            @Valid @RequestBody ChangeStatusRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        commands.sendAndWait(new ChangeProjectStatusCommand(projectId, request.status(), ETags.ifMatch(ifMatch)));
        return current(projectId);
    }

    private ResponseEntity<ProjectSummary> current(String projectId) {
        ProjectSummary project = read(projectId);
        return ResponseEntity.ok().eTag(ETags.of(project.version())).body(project);
    }

    private ProjectSummary read(String projectId) {
        return projects.find(CallerContexts.require().tenant(), projectId, LocalDate.now(ZoneOffset.UTC))
                .orElseThrow(() -> new NotFoundException("project", projectId));
    }
}
