/**
 * billing-service: the priced ledger of billable time (work in progress), budgets with threshold alerts, invoices with
 * gapless numbers, payments, credit notes and PDFs, on the shared platform (event store in the {@code billing}
 * schema, publication to {@code ledgerline.billing.v1}, subscriptions to the project and time topics).
 */
package io.ledgerline.billing;
