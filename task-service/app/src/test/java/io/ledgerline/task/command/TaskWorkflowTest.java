package io.ledgerline.task.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.ledgerline.task.api.TaskStatus;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class TaskWorkflowTest {

    @Test
    void letsADoneTaskOnlyReopenToInProgress() {
        assertThat(TaskWorkflow.allowedFrom(TaskStatus.DONE)).containsExactly(TaskStatus.IN_PROGRESS);
    }

    @Test
    void letsNothingLeaveCancelled() {
        assertThat(TaskWorkflow.allowedFrom(TaskStatus.CANCELLED)).isEmpty();
    }

    @Test
    void letsEveryOpenTaskBeCancelled() {
        EnumSet.of(TaskStatus.TODO, TaskStatus.IN_PROGRESS, TaskStatus.IN_REVIEW, TaskStatus.BLOCKED)
                .forEach(from -> assertThatNoException().isThrownBy(
                        () -> TaskWorkflow.requireAllowed(from, TaskStatus.CANCELLED)));
    }
}
