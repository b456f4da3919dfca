package io.ledgerline.timetracking.web;

import io.ledgerline.timetracking.query.TimeEntryFilter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The query of {@code GET /api/v1/time-entries}: filters, then a page of at most 100 entries (20 unless asked). */
record ListTimeEntriesParams(
        String user,
        String project,
        String task,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        @Min(0) Integer page,
        @Min(1) @Max(100) Integer size) {

    static final int DEFAULT_SIZE = 20;

    /** The filter, narrowed to what {@code visibleTo} may see unless that is null. */
    TimeEntryFilter filter(String visibleTo) {
        return new TimeEntryFilter(user, project, task, from, to, visibleTo);
    }

    int pageOrFirst() {
        return page == null ? 0 : page;
    }

    int sizeOrDefault() {
        return size == null ? DEFAULT_SIZE : size;
    }
}
