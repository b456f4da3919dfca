package io.ledgerline.timetracking.query;

import java.util.List;

/** One page of entries, newest date first, with how many match in all. */
public record TimeEntryPage(List<TimeEntryView> items, int page, int size, long total) {
}
