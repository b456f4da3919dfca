package io.ledgerline.billing.document;

import io.ledgerline.billing.command.Money;
import io.ledgerline.billing.command.api.TaxCategory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a credit note: the part of the credited (gross) amount that falls on one VAT category and rate of the
 * invoice, in proportion to that group's gross; net is backed out of it and tax charged on the net, as EN 16931 sums.
 */
record CreditLine(TaxCategory category, BigDecimal rate, BigDecimal net, BigDecimal tax) {

    static List<CreditLine> split(BigDecimal credited, List<TaxBreakdown> groups, String currency) {
        BigDecimal invoiceGross = groups.stream().map(group -> group.net().add(group.tax()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<CreditLine> lines = new ArrayList<>();
        BigDecimal left = credited;
        for (int i = 0; i < groups.size(); i++) {
            TaxBreakdown group = groups.get(i);
            BigDecimal share = i == groups.size() - 1 || invoiceGross.signum() == 0 ? left
                    : Money.round(credited.multiply(group.net().add(group.tax()))
                    .divide(invoiceGross, 10, RoundingMode.HALF_EVEN), currency);
            left = left.subtract(share);
            BigDecimal net = share.multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(100).add(group.rate()), Money.minorUnit(currency), RoundingMode.HALF_UP);
            // half-up like the e-invoice library, which works the tax of each VAT group out again
            BigDecimal tax = net.multiply(group.rate()).divide(BigDecimal.valueOf(100), Money.minorUnit(currency),
                    RoundingMode.HALF_UP);
            lines.add(new CreditLine(group.category(), group.rate(), net, tax));
        }
        return lines;
    }

    BigDecimal gross() {
        return net.add(tax);
    }
}
