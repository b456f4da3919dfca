package io.ledgerline.task.web;

import io.ledgerline.platform.context.CallerContexts;
import io.ledgerline.platform.web.NotFoundException;
import io.ledgerline.task.command.api.CreateTaskCommand;
import io.ledgerline.task.query.TaskSummaries;
import io.ledgerline.task.query.TaskSummary;
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

/** Creates and reads tasks. */
@RestController
@RequestMapping("/api/v1/tasks")
class TaskController {

    private final CommandGateway commands;
    private final TaskSummaries tasks;

    TaskController(CommandGateway commands, TaskSummaries tasks) {
        this.commands = commands;
        this.tasks = tasks;
    }

    @PostMapping
    ResponseEntity<TaskSummary> create(@Valid @RequestBody CreateTaskRequest request) {
        String taskId = UUID.randomUUID().toString();
        commands.sendAndWait(new CreateTaskCommand(taskId, request.projectId(), request.title(),
                request.description(), request.priority()));
        TaskSummary created = read(taskId);
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + taskId))
                .eTag(Long.toString(created.version()))
                .body(created);
    }

    @GetMapping("/{taskId}")
    ResponseEntity<TaskSummary> get(@PathVariable String taskId) {
        TaskSummary task = read(taskId);
        return ResponseEntity.ok().eTag(Long.toString(task.version())).body(task);
    }

    private TaskSummary read(String taskId) {
        return tasks.find(CallerContexts.require().tenant(), taskId)
                .orElseThrow(() -> new NotFoundException("task", taskId));
    }
}
