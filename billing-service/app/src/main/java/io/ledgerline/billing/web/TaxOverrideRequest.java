package io.ledgerline.billing.web;

import io.ledgerline.billing.command.api.TaxCategory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The body of {@code POST /api/v1/invoices/{id}/tax-overrides}: a line of the draft, its own tax rate and, optionally,
 * its VAT category (ZERO_RATED, EXEMPT and REVERSE_CHARGE need a rate of 0).
 */
record TaxOverrideRequest(@NotBlank @Size(max = 300) String lineId,
                          @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal taxRate,
                          TaxCategory taxCategory) {
}
