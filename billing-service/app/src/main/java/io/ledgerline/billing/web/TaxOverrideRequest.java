package io.ledgerline.billing.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The body of {@code POST /api/v1/invoices/{id}/tax-overrides}: a line of the draft and its own tax rate. */
record TaxOverrideRequest(@NotBlank @Size(max = 300) String lineId,
                          @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal taxRate) {
}
