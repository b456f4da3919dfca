package io.ledgerline.task.command.api;

import java.math.BigDecimal;

/** The task's estimate was set or changed. */
public record TaskEstimatedEvent(String taskId, String projectId, BigDecimal estimateHours) {
}
