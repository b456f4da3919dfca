package io.ledgerline.task.web;

import io.ledgerline.platform.context.CallerContexts;
import io.ledgerline.platform.web.ETags;
import io.ledgerline.platform.web.NotFoundException;
import io.ledgerline.task.command.api.CommentOnTaskCommand;
import io.ledgerline.task.query.TaskComment;
import io.ledgerline.task.query.TaskSummaries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
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

/** Comments on a task, in the order they were made; the author is the caller. */
@RestController
@RequestMapping("/api/v1/tasks/{taskId}/comments")
@Tag(name = "tasks")
class TaskCommentController {

    private final CommandGateway commands;
    private final TaskSummaries tasks;
    private final TaskResponses responses;

    TaskCommentController(CommandGateway commands, TaskSummaries tasks, TaskResponses responses) {
        this.commands = commands;
        this.tasks = tasks;
        this.responses = responses;
    }

    @PostMapping
    @Operation(summary = "Comment on the task as the caller")
    ResponseEntity<TaskComment> comment(@PathVariable String taskId, @Valid @RequestBody CommentRequest request,
                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                        String ifMatch) {
        String commentId = UUID.randomUUID().toString();
        commands.sendAndWait(new CommentOnTaskCommand(taskId, commentId, request.text(), ETags.ifMatch(ifMatch)));
        TaskComment created = comment(taskId, commentId);
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + taskId + "/comments/" + commentId))
                .eTag(ETags.of(responses.current(taskId).version()))
                .body(created);
    }

    @GetMapping("/{commentId}")
    @Operation(summary = "One comment on the task")
    TaskComment comment(@PathVariable String taskId, @PathVariable String commentId) {
        return comments(taskId).stream().filter(comment -> comment.commentId().equals(commentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("comment", commentId));
    }

    @GetMapping
    @Operation(summary = "The task's comments, oldest first")
    List<TaskComment> comments(@PathVariable String taskId) {
        responses.current(taskId);
        return tasks.comments(CallerContexts.require().tenant(), taskId);
    }
}
