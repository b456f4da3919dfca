package io.ledgerline.billing.command;

import io.ledgerline.billing.command.api.BuyerDetails;
import io.ledgerline.billing.command.api.InvoiceLine;
import io.ledgerline.billing.command.api.SellerDetails;
import io.ledgerline.billing.command.api.TaxCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Objects;
import java.util.function.Function;

/**
 * What an invoice must know of its seller and buyer to be issued as an EN 16931 e-invoice (Factur-X and XRechnung
 * CII): the business rules BR-06 to BR-11, BR-S-02 / BR-AE-02 (tax ids), and XRechnung's seller contact, address
 * and IBAN (BR-DE-2 to BR-DE-9, BR-DE-23). The buyer reference (Leitweg-ID) is checked when XRechnung is asked for.
 */
final class EInvoiceRequirements {

    private EInvoiceRequirements() {
    }

    /** The fields that are missing, named as the API names them; empty when the invoice may be issued. */
    static List<String> missing(SellerDetails seller, BuyerDetails buyer, List<InvoiceLine> lines) {
        List<String> missing = new ArrayList<>();
        if (seller == null) {
            missing.add("sellerProfile");
        } else {
            require(missing, seller, "seller.", List.of(
                    field("legalName", SellerDetails::legalName), field("line1", SellerDetails::line1),
                    field("postalCode", SellerDetails::postalCode), field("city", SellerDetails::city),
                    field("country", SellerDetails::country), field("email", SellerDetails::email),
                    field("phone", SellerDetails::phone), field("iban", SellerDetails::iban)));
            if (blank(seller.vatId()) && blank(seller.taxNumber())) {
                missing.add("seller.vatId or seller.taxNumber");
            }
        }
        if (buyer == null) {
            missing.add("buyer");
        } else {
            require(missing, buyer, "buyer.", List.of(
                    field("name", BuyerDetails::name), field("line1", BuyerDetails::line1),
                    field("postalCode", BuyerDetails::postalCode), field("city", BuyerDetails::city),
                    field("country", BuyerDetails::country)));
        }
        boolean reverseCharge = lines.stream().anyMatch(line -> line.taxCategory() == TaxCategory.REVERSE_CHARGE);
        if (reverseCharge && seller != null && blank(seller.vatId())) {
            missing.add("seller.vatId (reverse charge)");
        }
        if (reverseCharge && buyer != null && blank(buyer.vatId())) {
            missing.add("buyer.vatId (reverse charge)");
        }
        Map<String, Set<TaxCategory>> categoriesByRate = new TreeMap<>();
        lines.forEach(line -> categoriesByRate.computeIfAbsent(line.taxRate() == null ? "0"
                : line.taxRate().stripTrailingZeros().toPlainString(), rate -> new TreeSet<>()).add(line.category()));
        categoriesByRate.forEach((rate, categories) -> {
            if (categories.size() > 1) {
                // the e-invoice library sums its VAT breakdown by rate: two categories at one rate would not validate
                missing.add("one VAT category per rate (" + rate + " %: " + categories + ")");
            }
        });
        return missing.stream().filter(Objects::nonNull).distinct().toList();
    }

    private static <T> void require(List<String> missing, T party, String prefix, List<Field<T>> fields) {
        fields.stream().filter(field -> blank(field.value().apply(party)))
                .forEach(field -> missing.add(prefix + field.name()));
    }

    private static <T> Field<T> field(String name, Function<T, String> value) {
        return new Field<>(name, value);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private record Field<T>(String name, Function<T, String> value) {
    }
}
