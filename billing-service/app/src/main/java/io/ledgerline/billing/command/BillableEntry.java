package io.ledgerline.billing.command;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An approved, unbilled, billable time entry as the ledger priced it.
 *
 * @param taskTitle the task's title, once billing learnt it from task-service; null until then
 * @param revision  moves whenever what an invoice would bill for the entry changes
 */
public record BillableEntry(String entryId, String projectId, String projectName, String taskId, String taskTitle,
                            String userId, LocalDate date, int minutes, BigDecimal hourlyRate, int rateVersion,
                            String rounding, int revision) {
}
