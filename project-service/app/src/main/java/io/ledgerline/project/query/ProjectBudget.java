package io.ledgerline.project.query;

import io.ledgerline.platform.security.MoneyField;
import java.math.BigDecimal;

/** A project's budget: hours and/or money, for the whole project or per calendar month. */
public record ProjectBudget(BigDecimal hours, @MoneyField BigDecimal amount, boolean resetsMonthly) {
}
