package io.ledgerline.billing.document;

import io.ledgerline.billing.command.api.InvoiceStatus;
import io.ledgerline.billing.query.CreditNoteView;
import io.ledgerline.billing.query.InvoiceView;
import io.ledgerline.billing.query.PricedLedger;
import io.ledgerline.billing.query.ReportedEntry;
import io.ledgerline.billing.query.SellerLogo;
import io.ledgerline.billing.query.SellerProfileStore;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The documents of an issued invoice, made from the invoice, its time entries and the seller logo of its version. */
@Component
public class InvoiceDocuments {

    private final PricedLedger ledger;
    private final SellerProfileStore sellers;

    InvoiceDocuments(PricedLedger ledger, SellerProfileStore sellers) {
        this.ledger = ledger;
        this.sellers = sellers;
    }

    /**
     * The invoice as a PDF; a Factur-X PDF (PDF/A-3 with the EN 16931 CII XML embedded) when it was issued with a
     * seller profile and buyer data. A draft has none (409).
     */
    public byte[] pdf(String tenant, InvoiceView invoice) {
        byte[] pdf = InvoicePdf.render(document(tenant, invoice));
        return EInvoices.possible(invoice) ? EInvoices.facturX(invoice, pdf) : pdf;
    }

    /** The invoice as XRechnung (CII) XML; 422 when the client lacks a buyer reference or invoice e-mail. */
    public byte[] xRechnung(InvoiceView invoice) {
        if (invoice.status() == InvoiceStatus.DRAFT) {
            throw new IllegalStateException("invoice " + invoice.invoiceId()
                    + " is a DRAFT: only an issued invoice has documents");
        }
        return EInvoices.xRechnung(invoice);
    }

    /** The credit note as a Factur-X PDF (type 381), naming the invoice it corrects. */
    public byte[] creditNotePdf(CreditNoteView note, InvoiceView invoice) {
        EInvoices.requirePossible(invoice);
        CreditNoteDocument document = CreditNoteDocument.of(note, invoice);
        return EInvoices.facturX(document, CreditNotePdf.render(document));
    }

    /** The credit note as XRechnung (CII) XML, type 381. */
    public byte[] creditNoteXRechnung(CreditNoteView note, InvoiceView invoice) {
        return EInvoices.xRechnung(CreditNoteDocument.of(note, invoice));
    }

    private InvoiceDocument document(String tenant, InvoiceView invoice) {
        if (invoice.status() == InvoiceStatus.DRAFT) {
            throw new IllegalStateException("invoice " + invoice.invoiceId()
                    + " is a DRAFT: only an issued invoice has documents");
        }
        List<String> entryIds = invoice.lines().stream().flatMap(line -> line.entryIds().stream()).toList();
        List<ReportedEntry> report = entryIds.isEmpty() ? List.of() : ledger.reported(tenant, entryIds);
        Optional<SellerLogo> logo = invoice.sellerProfileVersion() == null ? Optional.empty()
                : sellers.logo(tenant, invoice.sellerProfileVersion());
        return new InvoiceDocument(invoice, report, logo);
    }
}
