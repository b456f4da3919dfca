package io.ledgerline.timetracking.api;

import io.ledgerline.contract.EventCatalog;
import java.util.List;

/** The topic of timetracking-service and the events published on it. */
public final class TimeEvents {

    /** Everything timetracking-service publishes. */
    public static final EventCatalog CATALOG = new EventCatalog("ledgerline.time.v1", "/ledgerline/timetracking-service",
            List.of(TimeLogged.class, TimeEntryAdjusted.class, TimeEntryDeleted.class, TimerStarted.class, TimerStopped.class, TimesheetSubmitted.class, TimesheetApproved.class, TimesheetRejected.class, TimeEntriesInvoiced.class, TimeEntriesReleased.class));

    private TimeEvents() {
    }
}
