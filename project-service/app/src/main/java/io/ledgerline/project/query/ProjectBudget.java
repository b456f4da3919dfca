package io.ledgerline.project.query;

import java.math.BigDecimal;

/** A project's budget: hours and/or money, for the whole project or per calendar month. */
public record ProjectBudget(BigDecimal hours, BigDecimal amount, boolean resetsMonthly) {
}
