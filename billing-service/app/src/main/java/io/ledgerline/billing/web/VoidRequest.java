package io.ledgerline.billing.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/invoices/{id}/void}. */
record VoidRequest(@NotBlank @Size(max = 2000) String reason) {
}
