/**
 * Wiring of timetracking-service onto the shared platform: the published catalog, the tenant's calendar (time zone
 * from {@code ledgerline.tenancy.time-zone}, UTC unless set) and the caller's token roles as command metadata.
 */
package io.ledgerline.timetracking.config;
