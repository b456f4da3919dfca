package io.ledgerline.timetracking.web;

import io.ledgerline.platform.context.CallerContexts;
import io.ledgerline.platform.web.BadRequestException;
import io.ledgerline.platform.web.ETags;
import io.ledgerline.platform.web.NotFoundException;
import io.ledgerline.timetracking.command.api.IsoWeek;
import io.ledgerline.timetracking.query.TimeEntries;
import io.ledgerline.timetracking.query.TimeEntryView;
import io.ledgerline.timetracking.query.TimesheetView;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Reads the caller's entry or week after a change and answers with it and its ETag. */
@Component
class EntryResponses {

    private final TimeEntries entries;

    EntryResponses(TimeEntries entries) {
        this.entries = entries;
    }

    static String tenant() {
        return CallerContexts.require().tenant();
    }

    static String actor() {
        return CallerContexts.require().actor();
    }

    static IsoWeek week(String text) {
        try {
            return IsoWeek.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    /** The caller's entry as it is now; 404 when the caller's tenant has no such entry. */
    TimeEntryView current(String entryId) {
        return entries.find(tenant(), entryId).orElseThrow(() -> new NotFoundException("time entry", entryId));
    }

    ResponseEntity<TimeEntryView> ok(String entryId) {
        TimeEntryView entry = current(entryId);
        return ResponseEntity.ok().eTag(ETags.of(entry.version())).body(entry);
    }

    ResponseEntity<TimesheetView> week(String userId, IsoWeek week) {
        TimesheetView view = entries.week(tenant(), userId, week);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (view.version() != null) {
            ok.eTag(ETags.of(view.version()));
        }
        return ok.body(view);
    }
}
