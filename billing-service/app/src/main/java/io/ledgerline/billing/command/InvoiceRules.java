package io.ledgerline.billing.command;

import io.ledgerline.billing.command.api.ManualLine;
import io.ledgerline.billing.command.api.TaxCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The limits of an invoice's input; a value outside them is bad input (422), whatever state the invoice is in. */
final class InvoiceRules {

    static final int MAX_TEXT = 2000;
    static final BigDecimal MAX_TAX_RATE = new BigDecimal("100");

    private InvoiceRules() {
    }

    static void requirePeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("the period must have a first and a last day, the last not before "
                    + "the first");
        }
    }

    static void requireTaxRate(BigDecimal rate) {
        if (rate == null || rate.signum() < 0 || rate.compareTo(MAX_TAX_RATE) > 0) {
            throw new IllegalArgumentException("a tax rate must be 0 to " + MAX_TAX_RATE + " percent");
        }
    }

    /** Only standard-rated lines carry a rate above zero; a standard-rated line needs one. */
    static void requireTaxCategory(BigDecimal rate, TaxCategory category) {
        if (category == null) {
            return;
        }
        if ((category == TaxCategory.STANDARD) != (rate.signum() > 0)) {
            throw new IllegalArgumentException("tax category " + category + " needs a rate "
                    + (category == TaxCategory.STANDARD ? "above 0" : "of 0") + ", not " + rate.toPlainString());
        }
    }

    static void requireManualLines(List<ManualLine> lines, String currency) {
        for (ManualLine line : lines) {
            if (line.description() == null || line.description().isBlank()
                    || line.description().length() > MAX_TEXT) {
                throw new IllegalArgumentException("a manual line needs a description of 1 to " + MAX_TEXT
                        + " characters");
            }
            if (line.quantity() == null || line.quantity().signum() <= 0 || line.unitPrice() == null) {
                throw new IllegalArgumentException("a manual line needs a positive quantity and a unit price");
            }
            Money.requireMinorUnits(line.unitPrice(), currency, "unit price");
            if (line.taxRate() != null) {
                requireTaxRate(line.taxRate());
            }
            if (line.taxCategory() != null) {
                requireTaxCategory(line.taxRate() == null ? BigDecimal.ZERO : line.taxRate(), line.taxCategory());
            }
        }
    }

    static void requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a reason of 1 to " + MAX_TEXT + " characters is required");
        }
    }
}
