/**
 * The aggregates of billing-service (invoices, credit notes, project budgets, the tenant's seller profile), the pure
 * rules they price and number with, and the ports they ask about the world outside one aggregate: the priced ledger
 * of billable work ({@link io.ledgerline.billing.command.BillableWork}), the claims that keep an entry on one issued
 * invoice ({@link io.ledgerline.billing.command.BillingClaims}), the gapless number sequences
 * ({@link io.ledgerline.billing.command.NumberSequences}), the invoices credit notes correct
 * ({@link io.ledgerline.billing.command.InvoiceBook}) and the seller profile invoices are issued with
 * ({@link io.ledgerline.billing.command.SellerProfiles}). What EN 16931 needs before an invoice is issued is
 * {@code EInvoiceRequirements}. The ports are implemented in {@code query}.
 */
package io.ledgerline.billing.command;
