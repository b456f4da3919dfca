package io.ledgerline.project.command;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;

/** Input checks shared by the aggregates; each failure is an {@link IllegalArgumentException} naming the field. */
final class Checks {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private Checks() {
    }

    static String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank() || value.strip().length() > maxLength) {
            throw new IllegalArgumentException(field + " must be 1 to " + maxLength + " characters");
        }
        return value.strip();
    }

    static String optionalText(String value, String field, int maxLength) {
        return value == null || value.isBlank() ? null : text(value, field, maxLength);
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static void currency(String currency) {
        try {
            if (currency == null || !Currency.getInstance(currency).getCurrencyCode().equals(currency)) {
                throw new IllegalArgumentException("currency must be an ISO 4217 code");
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code, not " + currency, e);
        }
    }

    static void country(String country) {
        if (country == null || !COUNTRIES.contains(country)) {
            throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code, not " + country);
        }
    }

    static void notNegative(BigDecimal amount, String field) {
        if (amount != null && amount.signum() < 0) {
            throw new IllegalArgumentException(field + " must not be negative");
        }
    }

    static void between(BigDecimal value, BigDecimal min, BigDecimal max, String field) {
        if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max);
        }
    }
}
