package io.ledgerline.task.query;

import static io.ledgerline.task.TaskFixtures.BLOCKER_ID;
import static io.ledgerline.task.TaskFixtures.DUE;
import static io.ledgerline.task.TaskFixtures.ESTIMATE;
import static io.ledgerline.task.TaskFixtures.MEMBER;
import static io.ledgerline.task.TaskFixtures.OTHER_MEMBER;
import static io.ledgerline.task.TaskFixtures.PROJECT_ID;
import static io.ledgerline.task.TaskFixtures.TASK_ID;
import static io.ledgerline.task.TaskFixtures.taskCreated;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.task.api.TaskStatus;
import io.ledgerline.task.api.UnassignmentReason;
import io.ledgerline.task.command.api.TaskAssignedEvent;
import io.ledgerline.task.command.api.TaskCommentedEvent;
import io.ledgerline.task.command.api.TaskDependencyAddedEvent;
import io.ledgerline.task.command.api.TaskDueDateChangedEvent;
import io.ledgerline.task.command.api.TaskEstimatedEvent;
import io.ledgerline.task.command.api.TaskStatusChangedEvent;
import io.ledgerline.task.command.api.TaskUnassignedEvent;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

class TaskAsOfTest {

    @Test
    void foldsATasksEventsIntoTheViewTheApiShows() {
        TaskSummary task = TaskAsOf.fold(events(taskCreated(),
                new TaskEstimatedEvent(TASK_ID, PROJECT_ID, ESTIMATE),
                new TaskDueDateChangedEvent(TASK_ID, PROJECT_ID, DUE),
                new TaskAssignedEvent(TASK_ID, PROJECT_ID, OTHER_MEMBER),
                new TaskAssignedEvent(TASK_ID, PROJECT_ID, MEMBER),
                new TaskUnassignedEvent(TASK_ID, PROJECT_ID, OTHER_MEMBER, UnassignmentReason.LEFT_PROJECT),
                new TaskDependencyAddedEvent(TASK_ID, PROJECT_ID, BLOCKER_ID),
                new TaskStatusChangedEvent(TASK_ID, PROJECT_ID, TaskStatus.TODO, TaskStatus.IN_PROGRESS),
                new TaskCommentedEvent(TASK_ID, PROJECT_ID, "c-1", "alice", "Noted")));

        assertThat(task.taskId()).isEqualTo(TASK_ID);
        assertThat(task.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(task.estimateHours()).isEqualTo(ESTIMATE);
        assertThat(task.dueDate()).isEqualTo(DUE);
        assertThat(task.assignees()).containsExactly(MEMBER);
        assertThat(task.blockedBy()).containsExactly(BLOCKER_ID);
        assertThat(task.version()).isEqualTo(8);
        assertThat(task.updatedAt()).isAfterOrEqualTo(task.createdAt());
    }

    private static List<DomainEventMessage<?>> events(Object... payloads) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (Object payload : payloads) {
            events.add(new GenericDomainEventMessage<>("Task", TASK_ID, events.size(), payload));
        }
        return events;
    }
}
