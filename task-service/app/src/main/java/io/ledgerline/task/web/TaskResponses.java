package io.ledgerline.task.web;

import io.ledgerline.platform.context.CallerContexts;
import io.ledgerline.platform.web.ETags;
import io.ledgerline.platform.web.NotFoundException;
import io.ledgerline.task.query.TaskSummaries;
import io.ledgerline.task.query.TaskSummary;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Reads the caller's task after a change and answers with it and its ETag. */
@Component
class TaskResponses {

    private final TaskSummaries tasks;

    TaskResponses(TaskSummaries tasks) {
        this.tasks = tasks;
    }

    /** The caller's task as it is now; 404 when the caller's tenant has no such task. */
    TaskSummary current(String taskId) {
        return tasks.find(CallerContexts.require().tenant(), taskId)
                .orElseThrow(() -> new NotFoundException("task", taskId));
    }

    /** 200 with the caller's task and its version as ETag. */
    ResponseEntity<TaskSummary> ok(String taskId) {
        TaskSummary task = current(taskId);
        return ResponseEntity.ok().eTag(ETags.of(task.version())).body(task);
    }
}
