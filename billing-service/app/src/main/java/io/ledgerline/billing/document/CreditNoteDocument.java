package io.ledgerline.billing.document;

import io.ledgerline.billing.query.CreditNoteView;
import io.ledgerline.billing.query.InvoiceView;
import java.math.BigDecimal;
import java.util.List;

/**
 * A credit note with the invoice it corrects (whose seller and buyer it names) and its lines per VAT category and
 * rate; {@code rounding} is what the lines' gross misses of the credited amount (BT-114), usually zero.
 */
record CreditNoteDocument(CreditNoteView note, InvoiceView invoice, List<CreditLine> lines) {

    static CreditNoteDocument of(CreditNoteView note, InvoiceView invoice) {
        return new CreditNoteDocument(note, invoice, CreditLine.split(note.amount(), TaxBreakdown.of(invoice.lines()),
                note.currency()));
    }

    BigDecimal net() {
        return lines.stream().map(CreditLine::net).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal tax() {
        return lines.stream().map(CreditLine::tax).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal rounding() {
        return note.amount().subtract(net()).subtract(tax());
    }

    String description() {
        return "Credit for invoice " + invoice.number() + ": " + note.reason();
    }
}
