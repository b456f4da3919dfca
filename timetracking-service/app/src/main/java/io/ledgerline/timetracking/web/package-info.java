/**
 * The REST API of timetracking-service: {@code /api/v1/time-entries} (with {@code /rounding-rules/{projectId}} and
 * {@code /{id}/history}), {@code /api/v1/timers} and {@code /api/v1/timesheets}, with ETag / If-Match. Requests are
 * validated here (400) and sent as commands; the rules answer 403, 404, 409 or 422 from the aggregates.
 */
package io.ledgerline.timetracking.web;
