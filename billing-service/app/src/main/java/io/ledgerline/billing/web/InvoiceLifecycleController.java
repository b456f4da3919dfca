package io.ledgerline.billing.web;

import io.ledgerline.billing.command.api.IssueInvoiceCommand;
import io.ledgerline.billing.document.InvoiceDocuments;
import io.ledgerline.billing.command.api.RecordPaymentCommand;
import io.ledgerline.billing.command.api.VoidInvoiceCommand;
import io.ledgerline.billing.query.InvoiceView;
import io.ledgerline.platform.context.CallerContexts;
import io.ledgerline.platform.web.ETags;
import io.ledgerline.platform.web.IfMatchRequired;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An invoice's life after drafting: issue, payments, void, and its PDF. Every change answers with the invoice and its
 * new ETag; sent with {@code If-Match}, a change based on an older version is refused with 412. Issue and void are
 * irreversible money transitions (a number taken from the gapless sequence, an invoice cancelled for good), so they
 * must name the version they were decided on: without {@code If-Match} they are 428 ({@code *} is an explicit "any").
 */
@RestController
@RequestMapping("/api/v1/invoices/{invoiceId}")
@Tag(name = "invoices")
class InvoiceLifecycleController {

    private final CommandGateway commands;
    private final InvoiceResponses responses;
    private final InvoiceDocuments documents;
    private final Clock clock;

    InvoiceLifecycleController(CommandGateway commands, InvoiceResponses responses, InvoiceDocuments documents,
                               Clock clock) {
        this.commands = commands;
        this.responses = responses;
        this.documents = documents;
        this.clock = clock;
    }

    @PostMapping("/issue")
    @IfMatchRequired
    @Operation(summary = "Issue a draft today: next gapless number of the tenant and year, due date from the "
            + "client's payment terms, with the seller profile as it is now; 409 when its entries changed since "
            + "drafting (refresh it) or are billed already; 422 naming each field EN 16931 needs that the seller "
            + "profile or the client lacks; If-Match required")
    ResponseEntity<InvoiceView> issue(@PathVariable String invoiceId,
                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        commands.sendAndWait(new IssueInvoiceCommand(invoiceId, LocalDate.now(clock), ETags.requireIfMatch(ifMatch)));
        return responses.ok(invoiceId);
    }

    @PostMapping("/payments")
    @Operation(summary = "Record a payment; the invoice is PAID when nothing is outstanding; overpayment is 422")
    ResponseEntity<InvoiceView> pay(@PathVariable String invoiceId, @Valid @RequestBody PaymentRequest request,
                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        commands.sendAndWait(new RecordPaymentCommand(invoiceId, UUID.randomUUID().toString(), request.amount(),
                request.receivedOn() == null ? LocalDate.now(clock) : request.receivedOn(), ETags.ifMatch(ifMatch)));
        return responses.ok(invoiceId);
    }

    @PostMapping("/void")
    @IfMatchRequired
    @Operation(summary = "Void an issued invoice without payments; its entries become billable again; If-Match "
            + "required")
    ResponseEntity<InvoiceView> voidInvoice(@PathVariable String invoiceId, @Valid @RequestBody VoidRequest request,
                                            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                            String ifMatch) {
        commands.sendAndWait(new VoidInvoiceCommand(invoiceId, request.reason(), ETags.requireIfMatch(ifMatch)));
        return responses.ok(invoiceId);
    }

    @GetMapping(value = "/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The issued invoice as a Factur-X / ZUGFeRD 2 PDF (PDF/A-3, EN 16931 CII XML embedded): "
            + "seller and buyer, number and dates, lines, tax per rate and category, paid, credited and balance due, "
            + "bank details, and the time report behind each time line")
    ResponseEntity<byte[]> pdf(@PathVariable String invoiceId) {
        InvoiceView invoice = responses.current(invoiceId);
        return Downloads.pdf(invoice.number()).eTag(ETags.of(invoice.version()))
                .body(documents.pdf(CallerContexts.require().tenant(), invoice));
    }

    @GetMapping(value = "/xrechnung", produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(summary = "The issued invoice as XRechnung 3 (UN/CEFACT CII XML, EN 16931); 422 when the client has no "
            + "buyer reference (Leitweg-ID) or invoice e-mail")
    ResponseEntity<byte[]> xRechnung(@PathVariable String invoiceId) {
        InvoiceView invoice = responses.current(invoiceId);
        return Downloads.xRechnung(invoice.number()).eTag(ETags.of(invoice.version()))
                .body(documents.xRechnung(invoice));
    }
}
