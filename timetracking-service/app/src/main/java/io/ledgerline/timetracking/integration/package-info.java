/**
 * timetracking-service's side of Kafka: publication of its internal events as integration events on
 * {@code ledgerline.time.v1}; the subscriptions to {@code ledgerline.project.v1} and {@code ledgerline.task.v1} that
 * keep the directory of projects, members and tasks; and the subscription to {@code ledgerline.billing.v1} that
 * takes and releases invoice locks on entries.
 */
package io.ledgerline.timetracking.integration;
