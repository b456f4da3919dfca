package io.ledgerline.billing.query;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One time entry behind an invoice line, for the invoice's time report.
 *
 * @param taskTitle null when billing has not learnt the task's title
 */
public record ReportedEntry(String entryId, LocalDate date, String userId, String taskId, String taskTitle,
                            String description, int rawMinutes, int roundedMinutes, BigDecimal hourlyRate) {
}
