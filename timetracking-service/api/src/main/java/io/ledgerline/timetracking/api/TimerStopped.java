package io.ledgerline.timetracking.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;
import java.time.Instant;

/**
 * A user stopped their timer; the entry it made is published as TimeLogged.
 *
 * @param userId the user
 * @param stoppedAt when it stopped
 * @param entryId the entry it made
 */
@EventType("ledgerline.time.TimerStopped.v1")
public record TimerStopped(String userId, Instant stoppedAt, String entryId)
        implements IntegrationEvent {
}
