package io.ledgerline.billing.command.api;

/**
 * Who an invoice is addressed to, as billing learnt the client from project-service (EN 16931 BG-7).
 *
 * @param name            the client's name (BT-44)
 * @param line1           street and number (BT-50)
 * @param line2           more address, if any (BT-51)
 * @param postalCode      postal code (BT-53)
 * @param city            city (BT-52)
 * @param country         ISO 3166-1 alpha-2 code (BT-55)
 * @param vatId           the client's VAT identifier (BT-48), needed for reverse charge
 * @param buyerReference  the reference the client asked for, such as a German Leitweg-ID (BT-10)
 * @param invoiceEmail    where e-invoices go, the buyer's electronic address (BT-49)
 */
public record BuyerDetails(String name, String line1, String line2, String postalCode, String city, String country,
                           String vatId, String buyerReference, String invoiceEmail) {
}
