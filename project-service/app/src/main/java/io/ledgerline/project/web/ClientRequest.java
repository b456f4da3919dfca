package io.ledgerline.project.web;

import io.ledgerline.project.command.api.ClientDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The body of {@code POST /api/v1/clients} and {@code PUT /api/v1/clients/{id}}: all of a client's details; VAT id,
 * buyer reference (Leitweg-ID) and invoice e-mail are optional and are what billing needs for e-invoices.
 */
record ClientRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
        @NotNull @Min(0) @Max(365) Integer paymentTermsDays,
        @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal defaultTaxRate,
        @NotNull @Valid AddressRequest billingAddress,
        @Size(max = 30) @Pattern(regexp = "[A-Z]{2}[A-Za-z0-9+*.]{2,28}", message = "must be a VAT id such as "
                + "DE123456789") String vatId,
        @Size(max = 100) String buyerReference,
        @Size(max = 254) @Email String invoiceEmail) {

    ClientDetails toDetails() {
        return new ClientDetails(name, currency, paymentTermsDays, defaultTaxRate, billingAddress.toAddress(),
                blankToNull(vatId), blankToNull(buyerReference), blankToNull(invoiceEmail));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
