package io.ledgerline.billing.document;

import io.ledgerline.billing.query.InvoiceView;
import io.ledgerline.billing.query.ReportedEntry;
import io.ledgerline.billing.query.SellerLogo;
import java.util.List;
import java.util.Optional;

/** What the documents of an issued invoice are made of: the invoice, its time entries and the seller's logo. */
record InvoiceDocument(InvoiceView invoice, List<ReportedEntry> timeReport, Optional<SellerLogo> logo) {
}
