package io.ledgerline.billing.command.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An invoice was drafted. {@code entryRevisions} are the ledger revisions of its entries, so that issuing can tell
 * whether they changed since; {@code claimKeys} are the entries and fixed fees it bills.
 */
public record InvoiceDraftedEvent(String invoiceId, String clientId, String clientName, String clientAddress,
                                  String currency, LocalDate periodFrom, LocalDate periodTo, LineGrouping grouping,
                                  int paymentTermsDays, BigDecimal defaultTaxRate, List<ManualLine> manualLines,
                                  List<InvoiceLine> lines, InvoiceTotals totals, Map<String, Integer> entryRevisions,
                                  List<String> claimKeys) {
}
