package io.ledgerline.task.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;
import java.math.BigDecimal;

/**
 * A task's estimate was set or changed.
 *
 * @param taskId        the task
 * @param projectId     the task's project
 * @param estimateHours the estimate in hours, 0 to 10,000 with at most two decimals (a decimal string on the wire)
 */
@EventType("ledgerline.task.TaskEstimated.v1")
public record TaskEstimated(String taskId, String projectId, BigDecimal estimateHours) implements IntegrationEvent {
}
