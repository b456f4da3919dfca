package io.ledgerline.billing.command.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A draft was recomputed from the ledger as it is now (see {@link InvoiceDraftedEvent}). */
public record InvoiceRefreshedEvent(String invoiceId, String clientName, String clientAddress, int paymentTermsDays,
                                    BigDecimal defaultTaxRate, List<InvoiceLine> lines, InvoiceTotals totals,
                                    Map<String, Integer> entryRevisions, List<String> claimKeys) {
}
