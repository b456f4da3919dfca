/**
 * billing-service's side of Kafka: publication of its invoice, credit-note and budget events on
 * {@code ledgerline.billing.v1}, and the subscriptions to {@code ledgerline.project.v1} (clients, projects, rates,
 * budgets) and {@code ledgerline.time.v1} (the priced ledger) that feed billing and raise budget alerts.
 */
package io.ledgerline.billing.integration;
