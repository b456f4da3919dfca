package io.ledgerline.timetracking.query;

import io.ledgerline.timetracking.api.RoundingRule;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A time entry (or running timer) as the API shows it, with its two locks: {@code approval} of its week (OPEN,
 * SUBMITTED, APPROVED) and the {@code invoiceId} that holds it, if any; {@code version} is its ETag.
 */
public record TimeEntryView(String entryId, String userId, String loggedBy, String projectId, String taskId,
                            LocalDate date, Instant startedAt, Instant endedAt, int rawMinutes, int roundedMinutes,
                            RoundingRule rounding, String description, boolean billable, String status,
                            String approval, String invoiceId, long version, Instant createdAt, Instant updatedAt) {
}
