package io.ledgerline.billing.document;

import io.ledgerline.billing.command.api.BuyerDetails;
import io.ledgerline.billing.query.InvoiceView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.mustangproject.Invoice;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRD2PullProvider;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA3;

/**
 * The EN 16931 e-invoices of an issued invoice, made with the Mustang library: Factur-X / ZUGFeRD 2 (the PDF turned
 * PDF/A-3 with the CII XML of the EN 16931 profile embedded) and XRechnung 3 (CII XML).
 */
final class EInvoices {

    private static final String PRODUCER = "Ledgerline billing-service";

    private EInvoices() {
    }

    /** Whether the invoice knows its seller and buyer (invoices issued before seller profiles do not). */
    static boolean possible(InvoiceView invoice) {
        return invoice.seller() != null && invoice.buyer() != null;
    }

    /** The PDF with the invoice's CII XML embedded as factur-x.xml, as PDF/A-3. */
    static byte[] facturX(InvoiceView invoice, byte[] pdf) {
        return facturX(EInvoiceMapping.of(invoice), pdf, invoice.number());
    }

    /** The credit note's PDF with its CII XML (type 381) embedded, as PDF/A-3. */
    static byte[] facturX(CreditNoteDocument creditNote, byte[] pdf) {
        return facturX(EInvoiceMapping.ofCreditNote(creditNote), pdf, creditNote.note().number());
    }

    /** The credit note as XRechnung CII XML (type 381). */
    static byte[] xRechnung(CreditNoteDocument creditNote) {
        requireXRechnungBuyer(creditNote.invoice());
        return xml(EInvoiceMapping.ofCreditNote(creditNote));
    }

    private static byte[] facturX(Invoice transaction, byte[] pdf, String number) {
        try (ZUGFeRDExporterFromA3 exporter = new ZUGFeRDExporterFromA3()) {
            exporter.ignorePDFAErrors().load(pdf);
            exporter.setProducer(PRODUCER).setCreator(PRODUCER).setZUGFeRDVersion(2)
                    .setProfile(Profiles.getByName("EN16931"));
            exporter.setTransaction(transaction);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.export(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the Factur-X PDF of " + number + " failed", e);
        }
    }

    /** The invoice as XRechnung CII XML; 422 naming what XRechnung needs of the buyer that it lacks. */
    static byte[] xRechnung(InvoiceView invoice) {
        requireXRechnungBuyer(invoice);
        return xml(EInvoiceMapping.of(invoice));
    }

    private static void requireXRechnungBuyer(InvoiceView invoice) {
        requirePossible(invoice);
        BuyerDetails buyer = invoice.buyer();
        List<String> missing = new ArrayList<>();
        if (buyer.buyerReference() == null) {
            missing.add("buyer.buyerReference (Leitweg-ID, BT-10)");
        }
        if (buyer.invoiceEmail() == null) {
            missing.add("buyer.invoiceEmail (electronic address, BT-49)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("invoice " + invoice.invoiceId() + " cannot be sent as XRechnung: "
                    + "the client lacks " + String.join(", ", missing));
        }
    }

    private static byte[] xml(Invoice transaction) {
        ZUGFeRD2PullProvider provider = new ZUGFeRD2PullProvider();
        provider.setProfile(Profiles.getByName("XRECHNUNG"));
        provider.generateXML(transaction);
        return provider.getXML();
    }

    static void requirePossible(InvoiceView invoice) {
        if (!possible(invoice)) {
            throw new IllegalStateException("invoice " + invoice.invoiceId() + " was issued before seller profiles "
                    + "existed: it has no e-invoice");
        }
    }
}
