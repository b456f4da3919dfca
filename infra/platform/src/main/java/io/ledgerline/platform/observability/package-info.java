/**
 * Metrics and health every service gets: Axon's command and event processing meters renamed to Prometheus
 * conventions, the outbox's lag in events and seconds, a counter of dead-lettered records, and a Kafka health
 * indicator for the readiness probe. Names end up as {@code axon_*}, {@code ledgerline_outbox_lag_*} and
 * {@code ledgerline_inbox_dead_letters_total} on {@code /actuator/prometheus}.
 */
package io.ledgerline.platform.observability;
