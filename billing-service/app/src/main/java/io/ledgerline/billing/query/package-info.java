/**
 * Read models of billing-service: what it has learnt from {@code ledgerline.project.v1} and {@code ledgerline.time.v1}
 * (clients, projects, rates, budgets and the priced ledger of time, kept by the inbox once per event), its invoices and
 * credit notes (kept from its event store in the command's unit of work), budget burn with its forecast, the ports of
 * {@code command} they implement (ledger, claims, number sequences, invoice book) and the billing metrics.
 */
package io.ledgerline.billing.query;
