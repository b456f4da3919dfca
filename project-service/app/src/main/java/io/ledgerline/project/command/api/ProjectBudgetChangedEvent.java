package io.ledgerline.project.command.api;

import java.math.BigDecimal;

/** A project's budget was set, changed or removed (both limits absent). */
public record ProjectBudgetChangedEvent(String projectId, BigDecimal hours, BigDecimal amount, String currency,
                                        boolean resetsMonthly) {
}
