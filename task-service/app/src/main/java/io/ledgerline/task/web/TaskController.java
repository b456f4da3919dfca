package io.ledgerline.task.web;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.platform.context.CallerContexts;
import io.ledgerline.platform.history.EventHistory;
import io.ledgerline.platform.history.HistoryEntry;
import io.ledgerline.platform.security.Grant;
import io.ledgerline.platform.security.ScopedAccess;
import io.ledgerline.platform.web.ETags;
import io.ledgerline.task.command.api.CreateTaskCommand;
import io.ledgerline.task.query.TaskAsOf;
import io.ledgerline.task.query.TaskPage;
import io.ledgerline.task.query.TaskSummaries;
import io.ledgerline.task.query.TaskSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Creates, reads and lists tasks, and shows their history. */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "tasks")
class TaskController {

    private final CommandGateway commands;
    private final TaskSummaries tasks;
    private final TaskResponses responses;
    private final EventHistory history;
    private final ScopedAccess access;

    TaskController(CommandGateway commands, TaskSummaries tasks, TaskResponses responses, EventHistory history,
                   ScopedAccess access) {
        this.commands = commands;
        this.tasks = tasks;
        this.responses = responses;
        this.history = history;
        this.access = access;
    }

    @PostMapping
    @Operation(summary = "Create a task in a known, ACTIVE project; it starts in status TODO")
    ResponseEntity<TaskSummary> create(@Valid @RequestBody CreateTaskRequest request) {
        access.require("projectId", request.projectId(), Grant.ADMIN, Grant.PROJECT_MEMBER);
        String taskId = UUID.randomUUID().toString();
        commands.sendAndWait(new CreateTaskCommand(taskId, request.projectId(), request.title(),
                request.description(), request.priority(), request.estimateHours(), request.dueDate()));
        TaskSummary created = responses.current(taskId);
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + taskId))
                .eTag(ETags.of(created.version()))
                .body(created);
    }

    @GetMapping("/{taskId}")
    @Operation(summary = "A task as it is now, or as it stood at the instant asOf")
    ResponseEntity<TaskSummary> get(@PathVariable String taskId, @RequestParam(required = false) Instant asOf) {
        if (asOf != null) {
            return ResponseEntity.ok(TaskAsOf.fold(history.until(taskId, asOf)));
        }
        return responses.ok(taskId);
    }

    @GetMapping
    @Operation(summary = "The caller's tasks, filtered by project, assignee, status and due date, newest first")
    TaskPage list(@Valid @ModelAttribute ListTasksParams params) {
        CallerContext caller = CallerContexts.require();
        // Managers and members see the tasks of the projects they belong to; the rest read the whole tenant.
        boolean wholeTenant = Grant.ADMIN.heldByCaller() || Grant.FINANCE.heldByCaller()
                || Grant.API_READ.heldByCaller();
        return tasks.list(caller.tenant(), params.filter(wholeTenant ? null : caller.actor()), params.pageOrFirst(),
                params.sizeOrDefault());
    }

    @GetMapping("/{taskId}/history")
    @Operation(summary = "Every change of the task: what, when, by whom, in which request")
    List<HistoryEntry> history(@PathVariable String taskId) {
        return history.of(taskId);
    }
}
