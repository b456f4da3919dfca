/**
 * billing-service: priced work in progress, budgets, invoices and payments. For now a service on the shared platform (event store in the {@code billing} schema,
 * publication to {@code ledgerline.billing.v1}, health and metrics) without its domain, which issue #6 adds.
 */
package io.ledgerline.billing;
