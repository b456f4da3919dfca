package io.ledgerline.billing.document;

import io.ledgerline.billing.command.Money;
import io.ledgerline.billing.command.api.BuyerDetails;
import io.ledgerline.billing.command.api.SellerDetails;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Lays out a credit note: seller and buyer, the invoice it corrects, its lines per VAT rate and the credited total. */
final class CreditNotePdf {

    private static final float[] COLUMNS = {275, 80, 60, 80};
    private static final boolean[] RIGHT = {false, true, true, true};

    private CreditNotePdf() {
    }

    static byte[] render(CreditNoteDocument document) {
        SellerDetails seller = document.invoice().seller();
        BuyerDetails buyer = document.invoice().buyer();
        try (PdfLayout pdf = new PdfLayout()) {
            pdf.text(PdfLayout.LEFT, 330, 13, true, seller.legalName());
            small(pdf, seller.line1() + ", " + seller.postalCode() + " " + seller.city() + ", " + seller.country());
            small(pdf, (seller.vatId() == null ? "" : "VAT ID: " + seller.vatId() + "    ")
                    + (seller.taxNumber() == null ? "" : "Tax number: " + seller.taxNumber()));
            pdf.gap(14);
            pdf.text(PdfLayout.LEFT, PdfLayout.WIDTH, 9, true, "Credit to");
            pdf.text(PdfLayout.LEFT, PdfLayout.WIDTH, 10, true, buyer.name());
            small(pdf, buyer.line1() + ", " + buyer.postalCode() + " " + buyer.city() + ", " + buyer.country());
            pdf.gap(14);
            pdf.text(PdfLayout.LEFT, PdfLayout.WIDTH, 16, true, "Credit note " + document.note().number());
            small(pdf, "Issue date: " + document.note().issuedOn() + "    Corrects invoice "
                    + document.invoice().number() + " of " + document.invoice().issuedOn());
            small(pdf, "Reason: " + document.note().reason());
            pdf.gap(10);
            pdf.row(8.5f, true, COLUMNS, RIGHT, "Description", "Net", "Tax %", "Tax");
            for (CreditLine line : document.lines()) {
                pdf.row(8.5f, false, COLUMNS, RIGHT, document.description()
                        + (line.category().legalNote() == null ? "" : "\n" + line.category().legalNote()),
                        money(line.net(), document), line.rate().stripTrailingZeros().toPlainString(),
                        money(line.tax(), document));
            }
            pdf.gap(10);
            total(pdf, false, "Net total", document.net(), document);
            total(pdf, false, "Tax total", document.tax(), document);
            if (document.rounding().signum() != 0) {
                total(pdf, false, "Rounding", document.rounding(), document);
            }
            total(pdf, true, "Total credited", document.note().amount(), document);
            return pdf.toBytes();
        }
    }

    private static void total(PdfLayout pdf, boolean strong, String label, BigDecimal amount,
                              CreditNoteDocument document) {
        pdf.row(9.5f, strong, new float[] {395, 100}, new boolean[] {true, true}, label,
                money(amount, document) + " " + document.note().currency());
    }

    private static void small(PdfLayout pdf, String text) {
        pdf.text(PdfLayout.LEFT, PdfLayout.WIDTH, 8.5f, false, text);
    }

    private static String money(BigDecimal amount, CreditNoteDocument document) {
        return amount.setScale(Money.minorUnit(document.note().currency()), RoundingMode.HALF_EVEN).toPlainString();
    }
}
