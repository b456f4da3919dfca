/**
 * Read models of timetracking-service: its entries, timesheets and rounding rules (kept from its event store in the
 * command's unit of work, so a writer reads its own write), the projects, members and tasks it has learnt of from
 * {@code ledgerline.project.v1} and {@code ledgerline.task.v1} (kept by the inbox, once per event), the ports of
 * {@code command} they implement, and the time metrics.
 */
package io.ledgerline.timetracking.query;
