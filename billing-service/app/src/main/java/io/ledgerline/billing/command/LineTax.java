package io.ledgerline.billing.command;

import io.ledgerline.billing.command.api.TaxCategory;
import java.math.BigDecimal;

/** A tax rate in percent and the VAT category it is charged under, as a line override or a default. */
record LineTax(BigDecimal rate, TaxCategory category) {

    /** The rate's own category unless one was chosen. */
    static LineTax of(BigDecimal rate, TaxCategory category) {
        return new LineTax(rate, category == null ? TaxCategory.implied(rate) : category);
    }
}
