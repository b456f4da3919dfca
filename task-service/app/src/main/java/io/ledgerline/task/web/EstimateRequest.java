package io.ledgerline.task.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** The body of {@code PUT /api/v1/tasks/{taskId}/estimate}. */
record EstimateRequest(@NotNull @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2)
                       BigDecimal hours) {
}
