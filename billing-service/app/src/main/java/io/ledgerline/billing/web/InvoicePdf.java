package io.ledgerline.billing.web;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.ledgerline.billing.command.api.InvoiceLine;
import io.ledgerline.billing.query.InvoiceView;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/** Renders an issued invoice as a PDF with OpenPDF: number, dates, client, lines with tax, and totals. */
@Component
class InvoicePdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);

    byte[] render(InvoiceView invoice) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph("Invoice " + invoice.number(), TITLE));
            document.add(new Paragraph("Status: " + invoice.status(), BODY));
            document.add(new Paragraph("Issued on: " + invoice.issuedOn() + "    Due on: " + invoice.dueOn(), BODY));
            document.add(new Paragraph("Period: " + invoice.periodFrom() + " to " + invoice.periodTo(), BODY));
            document.add(new Paragraph("Bill to: " + invoice.clientName(), BOLD));
            if (invoice.clientAddress() != null) {
                document.add(new Paragraph(invoice.clientAddress(), BODY));
            }
            document.add(new Paragraph(" ", BODY));
            document.add(lines(invoice));
            document.add(new Paragraph(" ", BODY));
            document.add(total("Net total", invoice.netTotal(), invoice.currency(), BODY));
            document.add(total("Tax total", invoice.taxTotal(), invoice.currency(), BODY));
            document.add(total("Total due", invoice.grossTotal(), invoice.currency(), BOLD));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF of invoice " + invoice.invoiceId() + " could not be made", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable lines(InvoiceView invoice) {
        PdfPTable table = new PdfPTable(new float[] {6, 1.4f, 1.6f, 1.8f, 1.2f, 1.6f});
        table.setWidthPercentage(100);
        for (String heading : new String[] {"Description", "Qty", "Unit price", "Net", "Tax %", "Tax"}) {
            table.addCell(new PdfPCell(new Phrase(heading, BOLD)));
        }
        for (InvoiceLine line : invoice.lines()) {
            String lineage = line.entryIds().isEmpty() ? ""
                    : "\n" + line.entryIds().size() + " time entries, rate version " + line.rateVersions()
                    + (line.roundings().isEmpty() ? "" : ", rounding " + line.roundings());
            table.addCell(new PdfPCell(new Phrase(line.description() + lineage, BODY)));
            table.addCell(number(line.quantity()));
            table.addCell(number(line.unitPrice()));
            table.addCell(number(line.net()));
            table.addCell(number(line.taxRate()));
            table.addCell(number(line.tax()));
        }
        return table;
    }

    private static PdfPCell number(BigDecimal value) {
        PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value.toPlainString(), BODY));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static Paragraph total(String label, BigDecimal amount, String currency, Font font) {
        Paragraph paragraph = new Paragraph(label + ": " + amount.toPlainString() + " " + currency, font);
        paragraph.setAlignment(Element.ALIGN_RIGHT);
        return paragraph;
    }
}
