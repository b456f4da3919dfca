package io.ledgerline.billing.document;

import static io.ledgerline.billing.BillingFixtures.buyer;
import static io.ledgerline.billing.BillingFixtures.seller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerline.billing.PdfText;
import io.ledgerline.billing.command.api.BuyerDetails;
import io.ledgerline.billing.command.api.InvoiceLine;
import io.ledgerline.billing.command.api.InvoiceStatus;
import io.ledgerline.billing.command.api.LineGrouping;
import io.ledgerline.billing.command.api.LineKind;
import io.ledgerline.billing.command.api.TaxCategory;
import io.ledgerline.billing.query.CreditNoteView;
import io.ledgerline.billing.query.InvoiceView;
import io.ledgerline.billing.query.ReportedEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.mustangproject.validator.ZUGFeRDValidator;

/**
 * The e-invoices of an invoice with every kind of line and tax: two time lines at 19 %, a manual line at 7 %, a
 * zero-rated manual line and a reverse-charge fixed fee, partly paid. The Mustang validator (veraPDF for PDF/A-3,
 * the EN 16931 and XRechnung Schematron for the XML) must find no error.
 */
class EInvoicesTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 12, 1);

    /** Two time lines at 19 %, a manual line at 7 % and a zero-rated manual line. */
    static List<InvoiceLine> severalRates() {
        return List.of(timeLine("100", 90, "150.00", "28.50", "e1"), timeLine("120", 20, "40.00", "7.60", "e2"),
                other("manual/1", LineKind.MANUAL, "Hosting, two months", "2", "12.50", "25.00", "7", "1.75",
                        TaxCategory.STANDARD),
                other("manual/2", LineKind.MANUAL, "Export documentation", "1", "80", "80.00", "0", "0.00",
                        TaxCategory.ZERO_RATED));
    }

    /** Time at 19 % and a fixed fee charged in reverse to a buyer in another member state. */
    static List<InvoiceLine> reverseCharged() {
        return List.of(timeLine("100", 90, "150.00", "28.50", "e1"), timeLine("120", 20, "40.00", "7.60", "e2"),
                other("fixed-fee/p2", LineKind.FIXED_FEE, "Fixed fee · Audit", "1", "500", "500.00", "0", "0.00",
                        TaxCategory.REVERSE_CHARGE));
    }

    /** An issued invoice of the lines, 100.00 paid and 50.00 credited. */
    static InvoiceView invoice(BuyerDetails buyer, List<InvoiceLine> lines) {
        BigDecimal net = lines.stream().map(InvoiceLine::net).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tax = lines.stream().map(InvoiceLine::tax).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal paid = new BigDecimal("100.00");
        return new InvoiceView("inv-1", "client-1", buyer.name(), null, InvoiceStatus.PARTIALLY_PAID,
                "INV-2026-000042", "EUR", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), LineGrouping.TASK,
                ISSUED, ISSUED.plusDays(14), null, lines, net, tax, net.add(tax), paid, net.add(tax).subtract(paid),
                new BigDecimal("50.00"), List.of(), null, 4, Instant.parse("2026-12-01T09:00:00Z"),
                Instant.parse("2026-12-02T09:00:00Z"), seller(), 3L, buyer, 14);
    }

    static List<ReportedEntry> timeReport() {
        return List.of(
                new ReportedEntry("e1", LocalDate.of(2026, 11, 10), "bob", "t1", "Design review", "Wireframes", 85,
                        90, new BigDecimal("100")),
                new ReportedEntry("e2", LocalDate.of(2026, 11, 12), "carol", "t1", "Design review", "Review call",
                        15, 20, new BigDecimal("120")));
    }

    @Test
    void makesAFacturXPdfTheValidatorAcceptsAsEn16931WithSeveralRatesAndAZeroRatedLine() throws IOException {
        InvoiceView invoice = invoice(buyer(), severalRates());
        byte[] pdf = facturX(invoice);

        assertValid(pdf, "INV-2026-000042.pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
            assertThat(names.getEmbeddedFiles().getNames()).containsKey("factur-x.xml");
            // the sample docs/billing-service.md shows: target/sample-invoice.pdf and its first page as a PNG
            Files.write(Path.of("target", "sample-invoice.pdf"), pdf);
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 60), "png",
                    Path.of("target", "sample-invoice.png").toFile());
        }
        assertThat(PdfText.of(pdf)).contains("Ledgerline Demo GmbH", "Acme GmbH", "Hosting, two months",
                "Export documentation", "Tax 7 % (standard) on 25.00", "Tax 0 % (zero rated) on 80.00",
                "Paid 100.00 EUR", "Amount due on this invoice 232.85 EUR", "Credited 50.00 EUR",
                "Balance due 182.85 EUR", "2026-11-12 carol Design review Review call 15 20 120");
    }

    @Test
    void makesAFacturXPdfTheValidatorAcceptsWithAReverseChargeLineAndItsLegalNote() {
        InvoiceView invoice = invoice(buyer(), reverseCharged());
        byte[] pdf = facturX(invoice);

        assertValid(pdf, "INV-2026-000042.pdf");
        assertThat(PdfText.of(pdf)).contains("Reverse charge: the recipient is liable for VAT",
                "Tax 0 % (reverse charge) on 500.00", "Balance due 576.10 EUR");
    }

    @Test
    void makesXRechnungXmlTheValidatorAcceptsForEitherInvoice() {
        for (List<InvoiceLine> lines : List.of(severalRates(), reverseCharged())) {
            byte[] xml = EInvoices.xRechnung(invoice(buyer(), lines));

            String text = new String(xml, StandardCharsets.UTF_8);
            assertThat(text).contains("urn:xeinkauf.de:kosit:xrechnung_3.0", "04011000-12345-34",
                    "DE89370400440532013000", "<ram:TotalPrepaidAmount>100.00</ram:TotalPrepaidAmount>");
            assertValid(xml, "INV-2026-000042-xrechnung.xml");
        }
    }

    @Test
    void makesACreditNoteOfType381WithItsAmountSplitOverTheInvoicesVatRates() {
        InvoiceView invoice = invoice(buyer(), severalRates());
        CreditNoteDocument note = CreditNoteDocument.of(new CreditNoteView("cn-1", "CN-2026-000007", "inv-1",
                new BigDecimal("50.00"), "EUR", "Goodwill", ISSUED.plusDays(3)), invoice);

        // 50.00 over the invoice's gross per group: 226.10 at 19 %, 26.75 at 7 %, 80.00 zero-rated of 332.85
        assertThat(note.lines()).extracting(CreditLine::net).containsExactly(new BigDecimal("28.54"),
                new BigDecimal("3.76"), new BigDecimal("12.02"));
        assertThat(note.rounding()).isEqualByComparingTo("0");
        byte[] pdf = EInvoices.facturX(note, CreditNotePdf.render(note));
        byte[] xml = EInvoices.xRechnung(note);

        assertValid(pdf, "CN-2026-000007.pdf");
        assertValid(xml, "CN-2026-000007-xrechnung.xml");
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<ram:TypeCode>381</ram:TypeCode>",
                "INV-2026-000042");
        assertThat(PdfText.of(pdf)).contains("Credit note CN-2026-000007", "Corrects invoice INV-2026-000042",
                "Reason: Goodwill", "Total credited 50.00 EUR");
    }

    @Test
    void refusesXRechnungForABuyerWithoutALeitwegId() {
        BuyerDetails b = buyer();
        InvoiceView invoice = invoice(new BuyerDetails(b.name(), b.line1(), b.line2(), b.postalCode(), b.city(),
                b.country(), b.vatId(), null, b.invoiceEmail()), severalRates());

        assertThatThrownBy(() -> EInvoices.xRechnung(invoice)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("buyer.buyerReference (Leitweg-ID, BT-10)");
    }

    private static void assertValid(byte[] document, String name) {
        // veraPDF reads the PDF through temporary files; the build points java.io.tmpdir at target/tmp, which a
        // fresh clone does not have before the first test that needs it (without it: "Not a PDF/A-3")
        try {
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ZUGFeRDValidator validator = new ZUGFeRDValidator();
        String report = validator.validate(document, name);
        assertThat(validator.wasCompletelyValid()).as(report).isTrue();
        assertThat(report).contains("status=\"valid\"").doesNotContain("<error");
    }

    private static byte[] facturX(InvoiceView invoice) {
        return EInvoices.facturX(invoice, InvoicePdf.render(new InvoiceDocument(invoice, timeReport(),
                Optional.empty())));
    }

    private static InvoiceLine timeLine(String rate, int minutes, String net, String tax, String entry) {
        return new InvoiceLine("time/p/task/t1/rate/" + rate, LineKind.TIME, "Website relaunch - Design review", "p",
                "t1", null, minutes,
                BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_EVEN),
                new BigDecimal(rate), new BigDecimal(net), new BigDecimal("19"), new BigDecimal(tax), List.of(entry),
                List.of(0), List.of("15 min UP"), TaxCategory.STANDARD);
    }

    private static InvoiceLine other(String id, LineKind kind, String description, String quantity, String price,
                                     String net, String rate, String tax, TaxCategory category) {
        return new InvoiceLine(id, kind, description, null, null, null, null, new BigDecimal(quantity),
                new BigDecimal(price), new BigDecimal(net), new BigDecimal(rate), new BigDecimal(tax), List.of(),
                List.of(), List.of(), category);
    }
}
