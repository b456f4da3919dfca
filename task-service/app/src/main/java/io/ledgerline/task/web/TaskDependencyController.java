package io.ledgerline.task.web;

import io.ledgerline.platform.web.ETags;
import io.ledgerline.task.command.api.AddTaskDependencyCommand;
import io.ledgerline.task.command.api.RemoveTaskDependencyCommand;
import io.ledgerline.task.query.TaskSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tasks that block a task; the task's {@code blockedBy} lists them. */
@RestController
@RequestMapping("/api/v1/tasks/{taskId}/dependencies")
@Tag(name = "tasks")
class TaskDependencyController {

    private final CommandGateway commands;
    private final TaskResponses responses;

    TaskDependencyController(CommandGateway commands, TaskResponses responses) {
        this.commands = commands;
        this.responses = responses;
    }

    @PostMapping
    @Operation(summary = "Make the task blocked by another task of its project; a cycle is refused with 409")
    ResponseEntity<TaskSummary> add(@PathVariable String taskId, @Valid @RequestBody AddDependencyRequest request,
                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        commands.sendAndWait(new AddTaskDependencyCommand(taskId, request.blockerTaskId(), ETags.ifMatch(ifMatch)));
        return responses.ok(taskId);
    }

    @DeleteMapping("/{blockerTaskId}")
    @Operation(summary = "The task is no longer blocked by the given task")
    ResponseEntity<TaskSummary> remove(@PathVariable String taskId, @PathVariable String blockerTaskId,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        commands.sendAndWait(new RemoveTaskDependencyCommand(taskId, blockerTaskId, ETags.ifMatch(ifMatch)));
        return responses.ok(taskId);
    }
}
