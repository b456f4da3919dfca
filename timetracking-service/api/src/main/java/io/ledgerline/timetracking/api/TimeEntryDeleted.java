package io.ledgerline.timetracking.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;

/**
 * A time entry was deleted.
 *
 * @param entryId the entry
 * @param userId whose it was
 * @param projectId the project
 */
@EventType("ledgerline.time.TimeEntryDeleted.v1")
public record TimeEntryDeleted(String entryId, String userId, String projectId)
        implements IntegrationEvent {
}
