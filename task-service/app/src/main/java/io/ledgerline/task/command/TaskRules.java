package io.ledgerline.task.command;

import java.math.BigDecimal;

/** The limits of a task's fields; a value outside them is bad input (422), whatever state the task is in. */
final class TaskRules {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 10_000;
    static final BigDecimal MAX_ESTIMATE_HOURS = new BigDecimal("10000");

    private TaskRules() {
    }

    static void requireTitle(String title) {
        if (title == null || title.isBlank() || title.strip().length() > MAX_TITLE) {
            throw new IllegalArgumentException("title must be 1 to " + MAX_TITLE + " characters");
        }
    }

    static void requireDescription(String description) {
        if (description != null && description.length() > MAX_TEXT) {
            throw new IllegalArgumentException("description must be at most " + MAX_TEXT + " characters");
        }
    }

    static void requireEstimate(BigDecimal hours) {
        if (hours == null || hours.signum() < 0 || hours.compareTo(MAX_ESTIMATE_HOURS) > 0
                || hours.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("estimate must be 0 to " + MAX_ESTIMATE_HOURS
                    + " hours with at most two decimals");
        }
    }

    /** The estimate in its plain, canonical form ({@code 8.5}, {@code 100}), as it is stored and published. */
    static BigDecimal canonical(BigDecimal hours) {
        return new BigDecimal(hours.stripTrailingZeros().toPlainString());
    }

    static void requireComment(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a comment must be 1 to " + MAX_TEXT + " characters");
        }
    }
}
