package io.ledgerline.project.query;

import java.math.BigDecimal;

/** Decimal columns as the API shows them: {@code 120.0000} is {@code 120}, never {@code 1.2E+2}. */
final class Amounts {

    private Amounts() {
    }

    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
