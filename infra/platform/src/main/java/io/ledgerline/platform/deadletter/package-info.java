/**
 * Axon's sequenced dead-letter queue for the service's processing groups (read-model projections and other event
 * handlers), on PostgreSQL with Axon's JDBC implementation ({@code dead_letter_entry}): an event a handler fails on is
 * parked with its cause instead of blocking the group, later events of the same aggregate are parked behind it, and
 * operators retry or evict them through {@code /api/v1/ops/dead-letters}. Left out on purpose are the outbox publisher
 * (a publication that fails must block and be retried, never be parked) and every group configured to propagate its
 * failures (a read model that refuses the command it runs in, such as project-service's uniqueness). Off with
 * {@code ledgerline.dead-letters.axon.enabled=false}.
 */
package io.ledgerline.platform.deadletter;
