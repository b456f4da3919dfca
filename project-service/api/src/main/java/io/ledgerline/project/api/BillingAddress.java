package io.ledgerline.project.api;

/**
 * Where a client's invoices go.
 *
 * @param line1      street and number
 * @param line2      more address, if any
 * @param postalCode postal code
 * @param city       city
 * @param country    ISO 3166-1 alpha-2 country code
 */
public record BillingAddress(String line1, String line2, String postalCode, String city, String country) {
}
