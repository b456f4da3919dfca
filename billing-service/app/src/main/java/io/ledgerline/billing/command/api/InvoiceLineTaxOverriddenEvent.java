package io.ledgerline.billing.command.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a draft got its own tax rate and category (null on events from before categories: implied by the
 * rate); carries the lines and totals that follow from it.
 */
public record InvoiceLineTaxOverriddenEvent(String invoiceId, String lineId, BigDecimal taxRate,
                                            List<InvoiceLine> lines, InvoiceTotals totals, TaxCategory taxCategory) {
}
