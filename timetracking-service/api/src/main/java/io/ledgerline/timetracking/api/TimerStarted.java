package io.ledgerline.timetracking.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;
import java.time.Instant;

/**
 * A user started a timer on a task.
 *
 * @param userId the user
 * @param projectId the project
 * @param taskId the task
 * @param startedAt when it started
 * @param description what is being done
 */
@EventType("ledgerline.time.TimerStarted.v1")
public record TimerStarted(String userId, String projectId, String taskId, Instant startedAt,
        String description)
        implements IntegrationEvent {
}
