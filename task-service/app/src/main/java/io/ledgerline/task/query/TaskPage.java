package io.ledgerline.task.query;

import java.util.List;

/** One page of tasks, newest first, with how many match in all. */
public record TaskPage(List<TaskSummary> items, int page, int size, long total) {
}
