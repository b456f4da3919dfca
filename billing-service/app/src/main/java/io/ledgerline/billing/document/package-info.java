/**
 * The documents of an issued invoice: its PDF (seller and buyer, lines, taxes, balance, bank details and the time
 * report behind each time line), and the EN 16931 e-invoices made from the same data with the Mustang library:
 * Factur-X / ZUGFeRD (PDF/A-3 with the CII XML embedded) and XRechnung (CII XML).
 */
package io.ledgerline.billing.document;
