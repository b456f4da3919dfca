package io.ledgerline.timetracking.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;
import java.util.List;

/**
 * A user submitted a week for approval.
 *
 * @param userId whose week
 * @param isoWeek the ISO week
 * @param entryIds the entries of the week
 * @param totalMinutes rounded minutes in the week
 */
@EventType("ledgerline.time.TimesheetSubmitted.v1")
public record TimesheetSubmitted(String userId, String isoWeek, List<String> entryIds, int totalMinutes)
        implements IntegrationEvent {
}
