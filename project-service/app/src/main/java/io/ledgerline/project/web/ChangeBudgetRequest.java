package io.ledgerline.project.web;

import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;

/** The body of {@code PUT /api/v1/projects/{id}/budget}; both limits absent removes the budget. */
record ChangeBudgetRequest(@DecimalMin("0") BigDecimal hours, @DecimalMin("0") BigDecimal amount,
                           boolean resetsMonthly) {
}
