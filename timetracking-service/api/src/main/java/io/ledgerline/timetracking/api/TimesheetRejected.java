package io.ledgerline.timetracking.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;
import java.util.List;

/**
 * A manager rejected a week; its entries are unlocked.
 *
 * @param userId whose week
 * @param isoWeek the ISO week
 * @param rejectedBy who rejected
 * @param reason why
 * @param entryIds the entries unlocked
 */
@EventType("ledgerline.time.TimesheetRejected.v1")
public record TimesheetRejected(String userId, String isoWeek, String rejectedBy, String reason,
        List<String> entryIds)
        implements IntegrationEvent {
}
