package io.ledgerline.project.web;

import io.ledgerline.platform.context.CallerContexts;
import io.ledgerline.platform.history.EventHistory;
import io.ledgerline.platform.history.HistoryEntry;
import io.ledgerline.platform.security.Grant;
import io.ledgerline.platform.security.MoneyVisibility;
import io.ledgerline.platform.web.ETags;
import io.ledgerline.platform.web.NotFoundException;
import io.ledgerline.project.api.ProjectStatus;
import io.ledgerline.project.command.api.CreateProjectCommand;
import io.ledgerline.project.query.ProjectAsOf;
import io.ledgerline.project.query.ProjectSummaries;
import io.ledgerline.project.query.ProjectSummary;
import io.ledgerline.project.query.RatesInForce;
import io.ledgerline.project.query.ResultPage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Creates, lists and reads projects (now or as of an instant), their rates in force and their history. */
@RestController
@Tag(name = "projects", description = "Projects, their rates in force, history and as-of reads")
@RequestMapping("/api/v1/projects")
class ProjectController {

    private final CommandGateway commands;
    private final ProjectSummaries projects;
    private final EventHistory history;

    ProjectController(CommandGateway commands, ProjectSummaries projects, EventHistory history) {
        this.commands = commands;
        this.projects = projects;
        this.history = history;
    }

    @PostMapping
    ResponseEntity<ProjectSummary> create(@Valid @RequestBody CreateProjectRequest request) {
        String projectId = UUID.randomUUID().toString();
        // A manager who creates a project manages it (and sees its money); an admin appoints managers afterwards.
        String firstManager = Grant.ADMIN.heldByCaller() ? null : CallerContexts.require().actor();
        commands.sendAndWait(new CreateProjectCommand(projectId, request.clientId(), request.name(), request.code(),
                request.billingMode(), request.currency(), request.defaultHourlyRate(), request.fixedFee(),
                firstManager));
        if (firstManager != null) {
            MoneyVisibility.grantForThisRequest();
        }
        ProjectSummary created = read(projectId);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId))
                .eTag(ETags.of(created.version())).body(created);
    }

    @GetMapping
    ResultPage<ProjectSummary> list(@RequestParam(required = false) String clientId,
                                    @RequestParam(required = false) ProjectStatus status,
                                    @RequestParam(required = false) String member,
                                    @RequestParam(defaultValue = "0") @Min(0) int page,
                                    @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        if (seesAllProjects()) {
            return projects.list(tenant(), clientId, status, member, today(), page, size);
        }
        // Managers and members list the projects they belong to; another person's projects are not theirs to see.
        String caller = CallerContexts.require().actor();
        return member == null || member.equals(caller)
                ? projects.list(tenant(), clientId, status, caller, today(), page, size)
                : new ResultPage<>(List.of(), page, size, 0);
    }

    /** The project now, or rebuilt from the event store as it stood at {@code asOf} (rates of that day, UTC). */
    @GetMapping("/{projectId}")
    ResponseEntity<ProjectSummary> get(@PathVariable String projectId,
                                       @Parameter(description = "an ISO-8601 instant: the project as it stood then")
                                       @RequestParam(required = false) Instant asOf) {
        ProjectSummary project = asOf == null ? read(projectId)
                : ProjectAsOf.fold(history.until(projectId, asOf), LocalDate.ofInstant(asOf, ZoneOffset.UTC));
        return ResponseEntity.ok().eTag(ETags.of(project.version())).body(project);
    }

    /** The default rate and every member's rate in force on {@code date} (today, UTC, when absent). */
    @GetMapping("/{projectId}/rates")
    RatesInForce rates(@PathVariable String projectId,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return projects.ratesInForce(tenant(), projectId, date == null ? today() : date)
                .orElseThrow(() -> new NotFoundException("project", projectId));
    }

    @GetMapping("/{projectId}/history")
    List<HistoryEntry> history(@PathVariable String projectId) {
        return history.of(projectId);
    }

    /** Admins, finance and integrations list every project; managers and members the ones they belong to. */
    private static boolean seesAllProjects() {
        return Grant.ADMIN.heldByCaller() || Grant.FINANCE.heldByCaller() || Grant.API_READ.heldByCaller()
                || Grant.FINANCE_READ.heldByCaller();
    }

    private ProjectSummary read(String projectId) {
        return projects.find(tenant(), projectId, today())
                .orElseThrow(() -> new NotFoundException("project", projectId));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static String tenant() {
        return CallerContexts.require().tenant();
    }
}
