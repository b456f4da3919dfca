package io.ledgerline.billing.web;

import io.ledgerline.billing.command.api.LineGrouping;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /api/v1/invoices}: the client and period to invoice, how to group time into lines
 * (PROJECT unless asked), the currency (the client's unless asked) and any manual lines.
 */
record DraftInvoiceRequest(
        @NotNull @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String clientId,
        @NotNull LocalDate periodFrom,
        @NotNull LocalDate periodTo,
        LineGrouping grouping,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
        @Valid @Size(max = 100) List<@NotNull ManualLineRequest> manualLines) {
}
