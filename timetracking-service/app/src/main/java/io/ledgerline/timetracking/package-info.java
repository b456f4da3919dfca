/**
 * timetracking-service: time entries (by hand or by timer), rounding, weekly timesheets with approval, and the locks
 * (approved, invoiced) that keep billed time from changing or being billed twice. Event-sourced with Axon in the
 * {@code timetracking} schema, published on {@code ledgerline.time.v1}; it knows projects, tasks and invoices only
 * from their services' events.
 */
package io.ledgerline.timetracking;
