package io.ledgerline.billing.document;

import io.ledgerline.billing.command.Money;
import io.ledgerline.billing.command.api.BuyerDetails;
import io.ledgerline.billing.command.api.InvoiceLine;
import io.ledgerline.billing.command.api.LineKind;
import io.ledgerline.billing.command.api.SellerDetails;
import io.ledgerline.billing.query.InvoiceView;
import io.ledgerline.billing.query.ReportedEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lays out an issued invoice: seller and buyer with their tax ids, number and dates, lines, tax per category and rate,
 * totals with what was paid and credited, the balance due with the bank details, and the time report.
 */
final class InvoicePdf {

    private static final float[] LINE_COLUMNS = {205, 50, 30, 60, 60, 40, 50};
    private static final boolean[] LINE_RIGHT = {false, true, false, true, true, true, true};
    private static final float[] REPORT_COLUMNS = {55, 60, 110, 150, 40, 45, 35};
    private static final boolean[] REPORT_RIGHT = {false, false, false, false, true, true, true};

    private InvoicePdf() {
    }

    static byte[] render(InvoiceDocument document) {
        InvoiceView invoice = document.invoice();
        try (PdfLayout pdf = new PdfLayout()) {
            document.logo().ifPresent(logo -> pdf.imageTopRight(logo.image(), 140, 60));
            seller(pdf, invoice.seller());
            pdf.gap(14);
            buyer(pdf, invoice);
            pdf.gap(14);
            pdf.text(PdfLayout.LEFT, PdfLayout.WIDTH, 16, true, "Invoice " + invoice.number());
            pdf.text(PdfLayout.LEFT, PdfLayout.WIDTH, 9, false, "Issue date: " + invoice.issuedOn()
                    + "    Service period: " + invoice.periodFrom() + " to " + invoice.periodTo()
                    + "    Due date: " + invoice.dueOn());
            pdf.gap(10);
            lines(pdf, invoice);
            pdf.gap(10);
            totals(pdf, invoice);
            pdf.gap(10);
            payment(pdf, invoice);
            timeReport(pdf, invoice, document.timeReport());
            return pdf.toBytes();
        }
    }

    private static void seller(PdfLayout pdf, SellerDetails seller) {
        if (seller == null) {
            return;
        }
        pdf.text(PdfLayout.LEFT, 330, 13, true, seller.legalName());
        small(pdf, join(", ", seller.line1(), seller.line2(), join(" ", seller.postalCode(), seller.city()),
                seller.country()));
        small(pdf, join("    ", label("VAT ID: ", seller.vatId()), label("Tax number: ", seller.taxNumber())));
        small(pdf, join("    ", label("Contact: ", seller.contactName()), seller.email(), seller.phone()));
    }

    private static void buyer(PdfLayout pdf, InvoiceView invoice) {
        pdf.text(PdfLayout.LEFT, PdfLayout.WIDTH, 9, true, "Bill to");
        BuyerDetails buyer = invoice.buyer();
        if (buyer == null) {
            small(pdf, invoice.clientName());
            small(pdf, invoice.clientAddress());
            return;
        }
        pdf.text(PdfLayout.LEFT, PdfLayout.WIDTH, 10, true, buyer.name());
        small(pdf, join(", ", buyer.line1(), buyer.line2(), join(" ", buyer.postalCode(), buyer.city()),
                buyer.country()));
        small(pdf, join("    ", label("VAT ID: ", buyer.vatId()), label("Buyer reference: ", buyer.buyerReference()),
                buyer.invoiceEmail()));
    }

    private static void lines(PdfLayout pdf, InvoiceView invoice) {
        pdf.row(8.5f, true, LINE_COLUMNS, LINE_RIGHT, "Description", "Quantity", "Unit", "Unit price", "Net", "Tax %",
                "Tax");
        for (InvoiceLine line : invoice.lines()) {
            boolean time = line.kind() == LineKind.TIME;
            String description = line.description() + (line.category().legalNote() == null ? ""
                    : "\n" + line.category().legalNote());
            pdf.row(8.5f, false, LINE_COLUMNS, LINE_RIGHT, description, plain(line.quantity()),
                    time ? "h" : "unit", plain(line.unitPrice()), money(line.net(), invoice), plain(line.taxRate()),
                    money(line.tax(), invoice));
        }
    }

    private static void totals(PdfLayout pdf, InvoiceView invoice) {
        pdf.keepTogether(140);
        for (TaxBreakdown tax : TaxBreakdown.of(invoice.lines())) {
            total(pdf, false, "Tax " + plain(tax.rate()) + " % (" + tax.category().name().replace('_', ' ')
                    .toLowerCase() + ") on " + money(tax.net(), invoice), tax.tax(), invoice);
            if (tax.category().legalNote() != null) {
                small(pdf, tax.category().legalNote());
            }
        }
        total(pdf, false, "Net total", invoice.netTotal(), invoice);
        total(pdf, false, "Tax total", invoice.taxTotal(), invoice);
        total(pdf, true, "Gross total", invoice.grossTotal(), invoice);
        total(pdf, false, "Paid", invoice.paidTotal(), invoice);
        if (invoice.creditedTotal() != null && invoice.creditedTotal().signum() > 0) {
            // the e-invoice's amount due (BT-115) leaves credit notes out: they are documents of their own
            total(pdf, false, "Amount due on this invoice", invoice.grossTotal().subtract(invoice.paidTotal()),
                    invoice);
            total(pdf, false, "Credited", invoice.creditedTotal(), invoice);
        }
        total(pdf, true, "Balance due", invoice.balanceDue(), invoice);
    }

    private static void payment(PdfLayout pdf, InvoiceView invoice) {
        SellerDetails seller = invoice.seller();
        String terms = invoice.paymentTermsDays() == null ? "Payable by " + invoice.dueOn()
                : "Payable within " + invoice.paymentTermsDays() + " days, by " + invoice.dueOn();
        pdf.text(PdfLayout.LEFT, PdfLayout.WIDTH, 9, true, terms + ", quoting " + invoice.number() + ".");
        if (seller != null) {
            small(pdf, join("    ", label("Bank transfer to ", seller.legalName()), label("IBAN: ", seller.iban()),
                    label("BIC: ", seller.bic()), seller.bankName()));
        }
    }

    private static void timeReport(PdfLayout pdf, InvoiceView invoice, List<ReportedEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Map<String, ReportedEntry> byId = entries.stream()
                .collect(Collectors.toMap(ReportedEntry::entryId, Function.identity()));
        pdf.gap(16);
        pdf.keepTogether(80);
        pdf.text(PdfLayout.LEFT, PdfLayout.WIDTH, 13, true, "Time report");
        small(pdf, "The time entries behind each time line: raw minutes as recorded, rounded minutes as billed.");
        for (InvoiceLine line : invoice.lines()) {
            if (line.kind() != LineKind.TIME) {
                continue;
            }
            pdf.gap(6);
            pdf.keepTogether(50);
            pdf.text(PdfLayout.LEFT, PdfLayout.WIDTH, 9.5f, true, line.description() + " (" + line.minutes()
                    + " min, " + money(line.net(), invoice) + " " + invoice.currency() + ")"
                    + (line.roundings().isEmpty() ? "" : ", rounding " + String.join(", ", line.roundings())));
            pdf.row(8, true, REPORT_COLUMNS, REPORT_RIGHT, "Date", "Person", "Task", "Description", "Raw min",
                    "Billed min", "Rate");
            line.entryIds().stream().map(byId::get).filter(Objects::nonNull).forEach(entry ->
                    pdf.row(8, false, REPORT_COLUMNS, REPORT_RIGHT, entry.date().toString(), entry.userId(),
                            entry.taskTitle() != null ? entry.taskTitle() : entry.taskId(), entry.description(),
                            String.valueOf(entry.rawMinutes()), String.valueOf(entry.roundedMinutes()),
                            plain(entry.hourlyRate())));
        }
    }

    private static void total(PdfLayout pdf, boolean strong, String label, BigDecimal amount, InvoiceView invoice) {
        pdf.row(9.5f, strong, new float[] {395, 100}, new boolean[] {true, true}, label,
                money(amount, invoice) + " " + invoice.currency());
    }

    private static void small(PdfLayout pdf, String text) {
        if (text != null && !text.isBlank()) {
            pdf.text(PdfLayout.LEFT, PdfLayout.WIDTH, 8.5f, false, text);
        }
    }

    private static String money(BigDecimal amount, InvoiceView invoice) {
        BigDecimal value = amount == null ? BigDecimal.ZERO : amount;
        return value.setScale(Money.minorUnit(invoice.currency()), RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String label(String label, String value) {
        return value == null || value.isBlank() ? null : label + value;
    }

    private static String join(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        Stream.of(parts).filter(part -> part != null && !part.isBlank()).forEach(present::add);
        return String.join(separator, present);
    }
}
