package io.ledgerline.billing.web;

import io.ledgerline.billing.command.api.DraftInvoiceCommand;
import io.ledgerline.billing.command.api.OverrideLineTaxCommand;
import io.ledgerline.billing.command.api.RefreshInvoiceCommand;
import io.ledgerline.billing.query.InvoiceFold;
import io.ledgerline.billing.query.InvoicePage;
import io.ledgerline.billing.query.InvoiceView;
import io.ledgerline.billing.query.Invoices;
import io.ledgerline.platform.context.CallerContexts;
import io.ledgerline.platform.history.EventHistory;
import io.ledgerline.platform.history.HistoryEntry;
import io.ledgerline.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Drafts, reads and lists invoices, refreshes drafts and overrides their lines' tax, and shows their history. */
@RestController
@RequestMapping("/api/v1/invoices")
@Tag(name = "invoices")
class InvoiceController {

    private final CommandGateway commands;
    private final Invoices invoices;
    private final InvoiceResponses responses;
    private final EventHistory history;

    InvoiceController(CommandGateway commands, Invoices invoices, InvoiceResponses responses, EventHistory history) {
        this.commands = commands;
        this.invoices = invoices;
        this.responses = responses;
        this.history = history;
    }

    @PostMapping
    @Operation(summary = "Draft an invoice for a client and period from approved, unbilled, billable time, the "
            + "fixed fees of its FIXED_FEE projects and manual lines")
    ResponseEntity<InvoiceView> draft(@Valid @RequestBody DraftInvoiceRequest request) {
        String invoiceId = UUID.randomUUID().toString();
        commands.sendAndWait(new DraftInvoiceCommand(invoiceId, request.clientId(), request.periodFrom(),
                request.periodTo(), request.grouping(), request.currency(), request.manualLines() == null ? List.of()
                : request.manualLines().stream().map(ManualLineRequest::toLine).toList()));
        InvoiceView drafted = responses.current(invoiceId);
        return ResponseEntity.created(URI.create("/api/v1/invoices/" + invoiceId))
                .eTag(ETags.of(drafted.version()))
                .body(drafted);
    }

    @GetMapping("/{invoiceId}")
    @Operation(summary = "An invoice as it is now, or as it stood at the instant asOf")
    ResponseEntity<InvoiceView> get(@PathVariable String invoiceId, @RequestParam(required = false) Instant asOf) {
        if (asOf != null) {
            return ResponseEntity.ok(InvoiceFold.fold(history.until(invoiceId, asOf)));
        }
        return responses.ok(invoiceId);
    }

    @GetMapping
    @Operation(summary = "The caller's invoices, optionally of one client and status, newest first")
    InvoicePage list(@Valid @ModelAttribute ListInvoicesParams params) {
        return invoices.list(CallerContexts.require().tenant(), params.clientId(), params.status(),
                params.pageOrFirst(), params.sizeOrDefault());
    }

    @GetMapping("/{invoiceId}/history")
    @Operation(summary = "Every change of the invoice: what, when, by whom, in which request")
    List<HistoryEntry> history(@PathVariable String invoiceId) {
        return history.of(invoiceId);
    }

    @PostMapping("/{invoiceId}/refresh")
    @Operation(summary = "Recompute a draft from the ledger as it is now; needed when its entries changed")
    ResponseEntity<InvoiceView> refresh(@PathVariable String invoiceId,
                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        commands.sendAndWait(new RefreshInvoiceCommand(invoiceId, ETags.ifMatch(ifMatch)));
        return responses.ok(invoiceId);
    }

    @PostMapping("/{invoiceId}/tax-overrides")
    @Operation(summary = "Give one line of a draft its own tax rate (and VAT category) instead of the client's")
    ResponseEntity<InvoiceView> overrideTax(@PathVariable String invoiceId,
                                            @Valid @RequestBody TaxOverrideRequest request,
                                            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                            String ifMatch) {
        commands.sendAndWait(new OverrideLineTaxCommand(invoiceId, request.lineId(), request.taxRate(),
                request.taxCategory(), ETags.ifMatch(ifMatch)));
        return responses.ok(invoiceId);
    }
}
