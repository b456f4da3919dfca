package io.ledgerline.project.web;

import io.ledgerline.platform.web.UserIds;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The body of {@code POST /api/v1/projects/{id}/rates}; without {@code userId} it is the project's default rate. */
record ChangeRateRequest(
        @Size(min = 1, max = 100) @Pattern(regexp = UserIds.PATTERN, message = UserIds.MESSAGE) String userId,
        @NotNull @DecimalMin("0") @Digits(integer = 9, fraction = 4) BigDecimal hourlyRate,
        @NotNull LocalDate effectiveFrom) {
}
