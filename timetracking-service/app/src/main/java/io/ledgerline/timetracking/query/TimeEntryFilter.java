package io.ledgerline.timetracking.query;

import java.time.LocalDate;

/**
 * Which of a tenant's logged entries to list; a null criterion does not filter.
 *
 * @param userId    whose time
 * @param projectId of this project
 * @param taskId    on this task
 * @param from      dated on or after
 * @param to        dated on or before
 * @param visibleTo only what this user may see: their own entries and those on projects they manage
 */
public record TimeEntryFilter(String userId, String projectId, String taskId, LocalDate from, LocalDate to,
                              String visibleTo) {
}
