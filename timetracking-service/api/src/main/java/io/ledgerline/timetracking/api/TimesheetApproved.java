package io.ledgerline.timetracking.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;
import java.util.List;

/**
 * A manager approved a week; its entries are locked.
 *
 * @param userId whose week
 * @param isoWeek the ISO week
 * @param approvedBy who approved
 * @param entryIds the entries now locked
 */
@EventType("ledgerline.time.TimesheetApproved.v1")
public record TimesheetApproved(String userId, String isoWeek, String approvedBy, List<String> entryIds)
        implements IntegrationEvent {
}
