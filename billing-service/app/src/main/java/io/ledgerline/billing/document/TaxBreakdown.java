package io.ledgerline.billing.document;

import io.ledgerline.billing.command.api.InvoiceLine;
import io.ledgerline.billing.command.api.TaxCategory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The net and tax of an invoice per VAT category and rate, as the PDF and the e-invoice list them (BG-23). */
record TaxBreakdown(TaxCategory category, BigDecimal rate, BigDecimal net, BigDecimal tax) {

    static List<TaxBreakdown> of(List<InvoiceLine> lines) {
        Map<String, TaxBreakdown> groups = new TreeMap<>();
        for (InvoiceLine line : lines) {
            BigDecimal rate = line.taxRate() == null ? BigDecimal.ZERO : line.taxRate();
            String key = line.category() + "/" + rate.stripTrailingZeros().toPlainString();
            BigDecimal tax = line.tax() == null ? BigDecimal.ZERO : line.tax();
            groups.merge(key, new TaxBreakdown(line.category(), rate, line.net(), tax),
                    (a, b) -> new TaxBreakdown(a.category(), a.rate(), a.net().add(b.net()), a.tax().add(b.tax())));
        }
        return List.copyOf(groups.values());
    }
}
