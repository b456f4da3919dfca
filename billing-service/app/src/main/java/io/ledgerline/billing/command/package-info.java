/**
 * The aggregates of billing-service (invoices, credit notes, project budgets), the pure rules they price and number
 * with, and the ports they ask about the world outside one aggregate: the priced ledger of billable work
 * ({@link io.ledgerline.billing.command.BillableWork}), the claims that keep an entry on one issued invoice
 * ({@link io.ledgerline.billing.command.BillingClaims}), the gapless number sequences
 * ({@link io.ledgerline.billing.command.NumberSequences}) and the invoices credit notes correct
 * ({@link io.ledgerline.billing.command.InvoiceBook}). The ports are implemented in {@code query}.
 */
package io.ledgerline.billing.command;
