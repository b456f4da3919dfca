/**
 * timetracking-service: time entries, timers, timesheets and locks. For now a service on the shared platform (event store in the {@code timetracking} schema,
 * publication to {@code ledgerline.time.v1}, health and metrics) without its domain, which issue #5 adds.
 */
package io.ledgerline.timetracking;
