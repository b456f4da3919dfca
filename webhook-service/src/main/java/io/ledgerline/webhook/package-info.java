/**
 * webhook-service: tenants subscribe HTTPS endpoints to Ledgerline's integration events; every event of the four
 * topics is stored once and delivered to each matching subscription as a signed CloudEvent, retried with backoff,
 * kept in order per aggregate, logged, redeliverable and replayable. A plain JDBC design: no aggregates.
 */
package io.ledgerline.webhook;
