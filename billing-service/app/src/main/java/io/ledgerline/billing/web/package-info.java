/**
 * The REST API of billing-service: invoices under {@code /api/v1/invoices} (draft, refresh, tax overrides, issue,
 * payments, void, Factur-X PDF and XRechnung XML, history and as-of reads, with ETag / If-Match), credit notes with
 * their documents, the tenant's seller profile ({@code /api/v1/seller-profile}) and the priced ledger as work in
 * progress ({@code /api/v1/unbilled}) and budgets ({@code /api/v1/budgets/{projectId}}). Requests are validated here
 * (400) and sent as commands; the rules answer 404, 409 or 422 from the aggregates.
 */
package io.ledgerline.billing.web;
