package io.ledgerline.billing.command;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Amounts are BigDecimal in an ISO 4217 currency, rounded half-even to the currency's minor unit. */
public final class Money {

    private Money() {
    }

    /** The digits after the decimal point of the currency's minor unit (2 for EUR, 0 for JPY). */
    public static int minorUnit(String currency) {
        int digits = currency(currency).getDefaultFractionDigits();
        return digits < 0 ? 2 : digits;
    }

    /** The amount rounded half-even to the currency's minor unit. */
    public static BigDecimal round(BigDecimal amount, String currency) {
        return amount.setScale(minorUnit(currency), RoundingMode.HALF_EVEN);
    }

    /** What an hourly rate earns for the minutes, rounded half-even to the currency's minor unit. */
    public static BigDecimal forMinutes(BigDecimal hourlyRate, int minutes, String currency) {
        return hourlyRate.multiply(BigDecimal.valueOf(minutes))
                .divide(BigDecimal.valueOf(60), minorUnit(currency), RoundingMode.HALF_EVEN);
    }

    /** The tax at a rate in percent on a net amount, rounded half-even to the currency's minor unit. */
    public static BigDecimal tax(BigDecimal net, BigDecimal ratePercent, String currency) {
        return net.multiply(ratePercent).divide(BigDecimal.valueOf(100), minorUnit(currency), RoundingMode.HALF_EVEN);
    }

    /** Refuses an amount with more decimals than the currency has. */
    public static void requireMinorUnits(BigDecimal amount, String currency, String what) {
        if (amount.stripTrailingZeros().scale() > minorUnit(currency)) {
            throw new IllegalArgumentException(what + " " + amount.toPlainString() + " has more decimals than "
                    + currency + " allows (" + minorUnit(currency) + ")");
        }
    }

    /** The value without trailing zeros in plain notation ({@code 150}, {@code 8.5}), never {@code 1.5E+2}. */
    public static BigDecimal plain(BigDecimal value) {
        return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    /** The currency of an ISO 4217 code; an unknown code is bad input. */
    public static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("currency " + code + " is not an ISO 4217 code");
        }
    }
}
