package io.ledgerline.billing.web;

import io.ledgerline.billing.command.api.SellerDetails;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PUT /api/v1/seller-profile}: all of the tenant's seller details at once. Only the legal name is
 * required to save it; issuing an invoice needs what EN 16931 asks of a seller (address, VAT id or tax number, contact,
 * IBAN) and names whatever is missing.
 */
record SellerProfileRequest(
        @NotBlank @Size(max = 200) String legalName,
        @Size(max = 200) String line1,
        @Size(max = 200) String line2,
        @Size(max = 20) String postalCode,
        @Size(max = 100) String city,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
        @Size(max = 30) @Pattern(regexp = "[A-Z]{2}[A-Za-z0-9+*.]{2,28}", message = "must be a VAT id such as "
                + "DE123456789") String vatId,
        @Size(max = 30) String taxNumber,
        @Size(max = 200) String contactName,
        @Size(max = 254) @Email String email,
        @Size(max = 50) String phone,
        @Size(max = 42) String iban,
        @Size(max = 11) String bic,
        @Size(max = 200) String bankName,
        @Min(0) @Max(365) Integer paymentTermsDays,
        @Size(max = 8) String invoicePrefix,
        @Size(max = 8) String creditNotePrefix) {

    SellerDetails toDetails() {
        return new SellerDetails(legalName.strip(), blankToNull(line1), blankToNull(line2), blankToNull(postalCode),
                blankToNull(city), country, blankToNull(vatId), blankToNull(taxNumber), blankToNull(contactName),
                blankToNull(email), blankToNull(phone), blankToNull(iban), blankToNull(bic), blankToNull(bankName),
                paymentTermsDays, blankToNull(invoicePrefix), blankToNull(creditNotePrefix));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
