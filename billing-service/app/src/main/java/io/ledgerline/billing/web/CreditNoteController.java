package io.ledgerline.billing.web;

import io.ledgerline.billing.command.api.IssueCreditNoteCommand;
import io.ledgerline.billing.document.InvoiceDocuments;
import io.ledgerline.billing.query.CreditNoteView;
import io.ledgerline.billing.query.CreditNotes;
import io.ledgerline.platform.context.CallerContexts;
import io.ledgerline.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Credit notes against issued invoices, numbered CN-2026-000001 in their own gapless sequence. */
@RestController
@RequestMapping("/api/v1/credit-notes")
@Tag(name = "credit notes")
class CreditNoteController {

    private final CommandGateway commands;
    private final CreditNotes creditNotes;
    private final InvoiceResponses invoices;
    private final InvoiceDocuments documents;
    private final Clock clock;

    CreditNoteController(CommandGateway commands, CreditNotes creditNotes, InvoiceResponses invoices,
                         InvoiceDocuments documents, Clock clock) {
        this.commands = commands;
        this.creditNotes = creditNotes;
        this.invoices = invoices;
        this.documents = documents;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Issue a credit note today against an issued invoice, for at most what is not yet credited")
    ResponseEntity<CreditNoteView> issue(@Valid @RequestBody CreditNoteRequest request) {
        String creditNoteId = UUID.randomUUID().toString();
        commands.sendAndWait(new IssueCreditNoteCommand(creditNoteId, request.invoiceId(), request.amount(),
                request.reason(), LocalDate.now(clock)));
        return ResponseEntity.created(URI.create("/api/v1/credit-notes/" + creditNoteId)).body(get(creditNoteId));
    }

    @GetMapping("/{creditNoteId}")
    @Operation(summary = "A credit note")
    CreditNoteView get(@PathVariable String creditNoteId) {
        return creditNotes.find(CallerContexts.require().tenant(), creditNoteId)
                .orElseThrow(() -> new NotFoundException("credit note", creditNoteId));
    }

    @GetMapping(value = "/{creditNoteId}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The credit note as a Factur-X PDF (PDF/A-3 with its EN 16931 CII XML, type 381): seller, "
            + "buyer, the invoice it corrects, its amount per VAT rate")
    ResponseEntity<byte[]> pdf(@PathVariable String creditNoteId) {
        CreditNoteView note = get(creditNoteId);
        return Downloads.pdf(note.number()).body(documents.creditNotePdf(note, invoices.current(note.invoiceId())));
    }

    @GetMapping(value = "/{creditNoteId}/xrechnung", produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(summary = "The credit note as XRechnung 3 CII XML (type 381); 422 when the client has no buyer "
            + "reference (Leitweg-ID) or invoice e-mail")
    ResponseEntity<byte[]> xRechnung(@PathVariable String creditNoteId) {
        CreditNoteView note = get(creditNoteId);
        return Downloads.xRechnung(note.number())
                .body(documents.creditNoteXRechnung(note, invoices.current(note.invoiceId())));
    }
}
