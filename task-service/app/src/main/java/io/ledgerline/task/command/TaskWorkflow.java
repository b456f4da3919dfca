package io.ledgerline.task.command;

import static io.ledgerline.task.api.TaskStatus.BLOCKED;
import static io.ledgerline.task.api.TaskStatus.CANCELLED;
import static io.ledgerline.task.api.TaskStatus.DONE;
import static io.ledgerline.task.api.TaskStatus.IN_PROGRESS;
import static io.ledgerline.task.api.TaskStatus.IN_REVIEW;
import static io.ledgerline.task.api.TaskStatus.TODO;

import io.ledgerline.task.api.TaskStatus;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The allowed moves of a task's status: DONE may only reopen to IN_PROGRESS, CANCELLED is final. */
final class TaskWorkflow {

    private static final Map<TaskStatus, Set<TaskStatus>> ALLOWED = Map.of(
            TODO, EnumSet.of(IN_PROGRESS, BLOCKED, CANCELLED),
            IN_PROGRESS, EnumSet.of(TODO, IN_REVIEW, BLOCKED, DONE, CANCELLED),
            IN_REVIEW, EnumSet.of(IN_PROGRESS, BLOCKED, DONE, CANCELLED),
            BLOCKED, EnumSet.of(TODO, IN_PROGRESS, CANCELLED),
            DONE, EnumSet.of(IN_PROGRESS),
            CANCELLED, EnumSet.noneOf(TaskStatus.class));

    private TaskWorkflow() {
    }

    /** The statuses a task may move to from {@code from}. */
    static Set<TaskStatus> allowedFrom(TaskStatus from) {
        return ALLOWED.get(from);
    }

    /** Refuses a move the workflow does not allow, naming the rule. */
    static void requireAllowed(TaskStatus from, TaskStatus to) {
        if (!ALLOWED.get(from).contains(to)) {
            throw new IllegalStateException("the workflow does not allow " + from + " -> " + to + "; from " + from
                    + (from == CANCELLED ? " nothing is allowed (CANCELLED is final)" : " only " + allowedFrom(from)));
        }
    }
}
