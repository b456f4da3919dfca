package io.ledgerline.project.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;

/** The body of {@code PUT /api/v1/projects/{id}/budget}; both limits absent removes the budget. */
record ChangeBudgetRequest(@DecimalMin("0") @Digits(integer = 9, fraction = 2) BigDecimal hours,
                           @DecimalMin("0") @Digits(integer = 13, fraction = 4) BigDecimal amount,
                           boolean resetsMonthly) {
}
