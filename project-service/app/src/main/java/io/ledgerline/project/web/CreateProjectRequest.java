package io.ledgerline.project.web;

import io.ledgerline.project.api.BillingMode;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The body of {@code POST /api/v1/projects}; {@code currency} defaults to the client's. */
record CreateProjectRequest(
        @NotNull @Pattern(regexp = "[0-9a-fA-F-]{36}", message = "must be a UUID") String clientId,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{0,31}",
                message = "must be 1 to 32 upper-case letters, digits, '-' or '_'") String code,
        @NotNull BillingMode billingMode,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
        @DecimalMin("0") @Digits(integer = 9, fraction = 4) BigDecimal defaultHourlyRate,
        @DecimalMin("0") @Digits(integer = 13, fraction = 4) BigDecimal fixedFee) {
}
