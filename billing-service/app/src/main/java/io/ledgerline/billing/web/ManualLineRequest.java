package io.ledgerline.billing.web;

import io.ledgerline.billing.command.api.ManualLine;
import io.ledgerline.billing.command.api.TaxCategory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A line added to a draft by hand; without a tax rate it takes the client's, without a tax category the one its rate
 * implies (STANDARD above 0 %, else ZERO_RATED).
 */
record ManualLineRequest(
        @NotBlank @Size(max = 2000) String description,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 9, fraction = 4) BigDecimal quantity,
        @NotNull @Digits(integer = 13, fraction = 4) BigDecimal unitPrice,
        @DecimalMin("0") @DecimalMax("100") BigDecimal taxRate,
        TaxCategory taxCategory) {

    ManualLine toLine() {
        return new ManualLine(description.strip(), quantity, unitPrice, taxRate, taxCategory);
    }
}
