package io.ledgerline.billing.document;

import io.ledgerline.billing.command.api.BuyerDetails;
import io.ledgerline.billing.command.api.InvoiceLine;
import io.ledgerline.billing.command.api.LineKind;
import io.ledgerline.billing.command.api.SellerDetails;
import io.ledgerline.billing.command.api.TaxCategory;
import io.ledgerline.billing.query.InvoiceView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.mustangproject.BankDetails;
import org.mustangproject.Contact;
import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.Product;
import org.mustangproject.TradeParty;

/**
 * Maps an issued invoice to Mustang's model of an EN 16931 invoice. Time lines bill minutes (unit MIN) at the hourly
 * rate per 60 minutes (base quantity), so that quantity x price / base is the line's net to the cent; fixed fees and
 * manual lines bill units (C62). Payments so far are the prepaid amount (BT-113).
 */
final class EInvoiceMapping {

    private EInvoiceMapping() {
    }

    static Invoice of(InvoiceView view) {
        SellerDetails seller = view.seller();
        BuyerDetails buyer = view.buyer();
        Invoice invoice = new Invoice()
                .setNumber(view.number())
                .setCurrency(view.currency())
                .setIssueDate(date(view.issuedOn()))
                .setDueDate(date(view.dueOn()))
                .setDeliveryDate(date(view.periodTo()))
                .setDetailedDeliveryPeriod(date(view.periodFrom()), date(view.periodTo()))
                .setPaymentTermDescription(terms(view))
                .setSender(seller(seller))
                .setRecipient(buyer(buyer))
                .setPaymentReference(view.number());
        if (buyer.buyerReference() != null) {
            invoice.setReferenceNumber(buyer.buyerReference());
        }
        if (view.paidTotal() != null && view.paidTotal().signum() > 0) {
            invoice.setTotalPrepaidAmount(view.paidTotal());
        }
        for (InvoiceLine line : view.lines()) {
            invoice.addItem(item(line));
        }
        return invoice;
    }

    /**
     * A credit note (type 381) with positive amounts, one line per VAT category and rate of the invoice it corrects
     * (BT-25, BT-26); a cent the lines cannot reach goes in as rounding (BT-114).
     */
    static Invoice ofCreditNote(CreditNoteDocument document) {
        InvoiceView corrected = document.invoice();
        Invoice note = new Invoice()
                .setCreditNote()
                .setNumber(document.note().number())
                .setCurrency(document.note().currency())
                .setIssueDate(date(document.note().issuedOn()))
                .setDeliveryDate(date(corrected.periodTo()))
                .setPaymentTermDescription("Credited against invoice " + corrected.number())
                .setSender(seller(corrected.seller()))
                .setRecipient(buyer(corrected.buyer()))
                .setInvoiceReferencedDocumentID(corrected.number())
                .setInvoiceReferencedIssueDate(date(corrected.issuedOn()));
        if (corrected.buyer().buyerReference() != null) {
            note.setReferenceNumber(corrected.buyer().buyerReference());
        }
        if (document.rounding().signum() != 0) {
            note.setRoundingAmount(document.rounding());
        }
        int index = 0;
        for (CreditLine line : document.lines()) {
            Product product = new Product(name(document.description()), document.description(), "C62", line.rate());
            product.setTaxCategoryCode(line.category().code());
            if (line.category().legalNote() != null) {
                product.setTaxExemptionReason(line.category().legalNote());
            }
            note.addItem(new Item(product, line.net(), BigDecimal.ONE).setId("credit/" + ++index));
        }
        return note;
    }

    private static TradeParty seller(SellerDetails seller) {
        TradeParty party = new TradeParty(seller.legalName(), street(seller.line1(), seller.line2()),
                seller.postalCode(), seller.city(), seller.country());
        if (seller.vatId() != null) {
            party.addVATID(seller.vatId());
        }
        if (seller.taxNumber() != null) {
            party.addTaxID(seller.taxNumber());
        }
        party.setEmail(seller.email());
        party.setContact(new Contact(seller.contactName() == null ? seller.legalName() : seller.contactName(),
                seller.phone(), seller.email()));
        BankDetails bank = new BankDetails(seller.iban(), seller.bic());
        bank.setAccountName(seller.legalName());
        party.addBankDetails(bank);
        return party;
    }

    private static TradeParty buyer(BuyerDetails buyer) {
        TradeParty party = new TradeParty(buyer.name(), street(buyer.line1(), buyer.line2()), buyer.postalCode(),
                buyer.city(), buyer.country());
        if (buyer.vatId() != null) {
            party.addVATID(buyer.vatId());
        }
        if (buyer.invoiceEmail() != null) {
            party.setEmail(buyer.invoiceEmail());
        }
        return party;
    }

    private static Item item(InvoiceLine line) {
        TaxCategory category = line.category();
        BigDecimal rate = line.taxRate() == null ? BigDecimal.ZERO : line.taxRate();
        boolean time = line.kind() == LineKind.TIME && line.minutes() != null;
        Product product = new Product(name(line.description()), line.description(), time ? "MIN" : "C62", rate);
        product.setTaxCategoryCode(category.code());
        if (category.legalNote() != null) {
            product.setTaxExemptionReason(category.legalNote());
        }
        Item item = time
                ? new Item(product, line.unitPrice(), BigDecimal.valueOf(line.minutes()))
                .setBasisQuantity(BigDecimal.valueOf(60))
                : new Item(product, line.unitPrice(), line.quantity());
        return item.setId(line.lineId().length() > 60 ? null : line.lineId());
    }

    private static String name(String description) {
        String firstLine = description.lines().findFirst().orElse(description);
        return firstLine.length() > 200 ? firstLine.substring(0, 200) : firstLine;
    }

    private static String terms(InvoiceView view) {
        return view.paymentTermsDays() == null ? "Payable by " + view.dueOn()
                : "Payable within " + view.paymentTermsDays() + " days, by " + view.dueOn();
    }

    private static String street(String line1, String line2) {
        return line2 == null ? line1 : line1 + ", " + line2;
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
