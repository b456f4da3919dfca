package io.ledgerline.task.web;

import io.ledgerline.platform.web.ETags;
import io.ledgerline.task.api.UnassignmentReason;
import io.ledgerline.task.command.api.AssignTaskCommand;
import io.ledgerline.task.command.api.ChangeTaskDueDateCommand;
import io.ledgerline.task.command.api.ChangeTaskStatusCommand;
import io.ledgerline.task.command.api.EstimateTaskCommand;
import io.ledgerline.task.command.api.UnassignTaskCommand;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A task's status, assignees, estimate and due date, each a sub-resource. Every change answers with the task and its
 * new ETag; sent with {@code If-Match}, a change based on an older version is refused with 412.
 */
@RestController
@RequestMapping("/api/v1/tasks/{taskId}")
@Tag(name = "tasks")
class TaskWorkController {

    private final CommandGateway commands;
    private final TaskResponses responses;

    TaskWorkController(CommandGateway commands, TaskResponses responses) {
        this.commands = commands;
        this.responses = responses;
    }

    @PutMapping("/status")
    @Operation(summary = "Move the task along its workflow; illegal moves are refused with 409 naming the rule")
    ResponseEntity<TaskSummary> status(@PathVariable String taskId, @Valid @RequestBody ChangeStatusRequest request,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        commands.sendAndWait(new ChangeTaskStatusCommand(taskId, request.status(), ETags.ifMatch(ifMatch)));
        return responses.ok(taskId);
    }

    @PostMapping("/assignees")
    @Operation(summary = "Assign a current member of the task's project")
    ResponseEntity<TaskSummary> assign(@PathVariable String taskId, @Valid @RequestBody AssignTaskRequest request,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        commands.sendAndWait(new AssignTaskCommand(taskId, request.userId(), ETags.ifMatch(ifMatch)));
        return responses.ok(taskId);
    }

    @DeleteMapping("/assignees/{userId}")
    @Operation(summary = "Take an assignee off the task")
    ResponseEntity<TaskSummary> unassign(@PathVariable String taskId, @PathVariable String userId,
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                         String ifMatch) {
        commands.sendAndWait(new UnassignTaskCommand(taskId, userId, UnassignmentReason.UNASSIGNED,
                ETags.ifMatch(ifMatch)));
        return responses.ok(taskId);
    }

    @PutMapping("/estimate")
    @Operation(summary = "Set or change the estimate in hours")
    ResponseEntity<TaskSummary> estimate(@PathVariable String taskId, @Valid @RequestBody EstimateRequest request,
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                         String ifMatch) {
        commands.sendAndWait(new EstimateTaskCommand(taskId, request.hours(), ETags.ifMatch(ifMatch)));
        return responses.ok(taskId);
    }

    @PutMapping("/due-date")
    @Operation(summary = "Set, move or clear (dueDate null) the due date")
    ResponseEntity<TaskSummary> dueDate(@PathVariable String taskId, @RequestBody DueDateRequest request,
                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                        String ifMatch) {
        commands.sendAndWait(new ChangeTaskDueDateCommand(taskId, request.dueDate(), ETags.ifMatch(ifMatch)));
        return responses.ok(taskId);
    }
}
