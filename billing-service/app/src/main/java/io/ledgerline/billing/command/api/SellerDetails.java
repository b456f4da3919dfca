package io.ledgerline.billing.command.api;

/**
 * Who sends a tenant's invoices: the seller block of the PDF and the seller of the e-invoice (EN 16931 BG-4).
 *
 * @param legalName        the firm's registered name (BT-27)
 * @param line1            street and number (BT-35)
 * @param line2            more address, if any (BT-36)
 * @param postalCode       postal code (BT-38)
 * @param city             city (BT-37)
 * @param country          ISO 3166-1 alpha-2 code (BT-40)
 * @param vatId            VAT identifier such as DE123456789 (BT-31), if registered for VAT
 * @param taxNumber        the tax office's number (BT-32), when there is no VAT id or in addition to it
 * @param contactName      who answers questions about invoices (BT-41); the legal name when absent
 * @param email            contact e-mail (BT-43), also the seller's electronic address (BT-34)
 * @param phone            contact phone (BT-42)
 * @param iban             account the client pays to (BT-84)
 * @param bic              its bank's BIC (BT-86)
 * @param bankName         its bank's name, for the PDF
 * @param paymentTermsDays default payment terms; a client's own terms win
 * @param invoicePrefix    what invoice numbers start with, such as {@code INV-}
 * @param creditNotePrefix what credit-note numbers start with, such as {@code CN-}
 */
public record SellerDetails(String legalName, String line1, String line2, String postalCode, String city,
                            String country, String vatId, String taxNumber, String contactName, String email,
                            String phone, String iban, String bic, String bankName, Integer paymentTermsDays,
                            String invoicePrefix, String creditNotePrefix) {

    /** The prefix invoice numbers take; {@code INV-} until the seller chose one. */
    public String invoicePrefixOrDefault() {
        return invoicePrefix == null ? "INV-" : invoicePrefix;
    }

    /** The prefix credit-note numbers take; {@code CN-} until the seller chose one. */
    public String creditNotePrefixOrDefault() {
        return creditNotePrefix == null ? "CN-" : creditNotePrefix;
    }
}
