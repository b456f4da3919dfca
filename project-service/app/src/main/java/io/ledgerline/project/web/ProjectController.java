package io.ledgerline.project.web;

import io.ledgerline.platform.context.CallerContexts;
import io.ledgerline.platform.web.NotFoundException;
import io.ledgerline.project.command.api.CreateProjectCommand;
import io.ledgerline.project.query.ProjectSummaries;
import io.ledgerline.project.query.ProjectSummary;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Creates and reads projects. */
@RestController
@RequestMapping("/api/v1/projects")
class ProjectController {

    private final CommandGateway commands;
    private final ProjectSummaries projects;

    ProjectController(CommandGateway commands, ProjectSummaries projects) {
        this.commands = commands;
        this.projects = projects;
    }

    @PostMapping
    ResponseEntity<ProjectSummary> create(@Valid @RequestBody CreateProjectRequest request) {
        String projectId = UUID.randomUUID().toString();
        commands.sendAndWait(new CreateProjectCommand(projectId, request.clientId(), request.name(), request.code(),
                request.billingMode(), request.currency(), request.defaultHourlyRate(), request.fixedFee()));
        ProjectSummary created = read(projectId);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId))
                .eTag(Long.toString(created.version()))
                .body(created);
    }

    @GetMapping("/{projectId}")
    ResponseEntity<ProjectSummary> get(@PathVariable String projectId) {
        ProjectSummary project = read(projectId);
        return ResponseEntity.ok().eTag(Long.toString(project.version())).body(project);
    }

    private ProjectSummary read(String projectId) {
        return projects.find(CallerContexts.require().tenant(), projectId)
                .orElseThrow(() -> new NotFoundException("project", projectId));
    }
}
