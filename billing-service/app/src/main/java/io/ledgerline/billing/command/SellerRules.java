package io.ledgerline.billing.command;

import io.ledgerline.billing.command.api.SellerDetails;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/** The limits of seller details and logos; a value outside them is bad input (422). */
final class SellerRules {

    /** The largest logo accepted, in bytes. */
    static final int MAX_LOGO_BYTES = 256 * 1024;
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9/_-]{1,8}");
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}");
    private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private SellerRules() {
    }

    static void require(SellerDetails details) {
        if (details == null || blank(details.legalName())) {
            throw new IllegalArgumentException("a seller profile needs the firm's legal name");
        }
        if (details.country() != null && !COUNTRY.matcher(details.country()).matches()) {
            throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code such as DE");
        }
        if (details.iban() != null && !validIban(details.iban())) {
            throw new IllegalArgumentException("iban " + details.iban() + " is not a valid IBAN");
        }
        if (details.bic() != null && !BIC.matcher(compact(details.bic())).matches()) {
            throw new IllegalArgumentException("bic " + details.bic() + " is not a BIC of 8 or 11 characters");
        }
        for (String prefix : new String[] {details.invoicePrefix(), details.creditNotePrefix()}) {
            if (prefix != null && !PREFIX.matcher(prefix).matches()) {
                throw new IllegalArgumentException("a number prefix is 1 to 8 letters, digits, '-', '_' or '/'");
            }
        }
        if (details.paymentTermsDays() != null
                && (details.paymentTermsDays() < 0 || details.paymentTermsDays() > 365)) {
            throw new IllegalArgumentException("paymentTermsDays must be between 0 and 365");
        }
    }

    /** IBAN and BIC without spaces and in upper case, as e-invoices carry them. */
    static SellerDetails cleaned(SellerDetails d) {
        return new SellerDetails(d.legalName().strip(), d.line1(), d.line2(), d.postalCode(), d.city(), d.country(),
                d.vatId(), d.taxNumber(), d.contactName(), d.email(), d.phone(),
                d.iban() == null ? null : compact(d.iban()), d.bic() == null ? null : compact(d.bic()),
                d.bankName(), d.paymentTermsDays(), d.invoicePrefix(), d.creditNotePrefix());
    }

    static void requireLogo(String mediaType, byte[] image) {
        if (image == null || image.length == 0) {
            throw new IllegalArgumentException("a logo needs an image");
        }
        if (image.length > MAX_LOGO_BYTES) {
            throw new IllegalArgumentException("a logo may have at most " + MAX_LOGO_BYTES + " bytes");
        }
        boolean png = "image/png".equals(mediaType) && startsWith(image, PNG);
        boolean jpeg = "image/jpeg".equals(mediaType) && startsWith(image, JPEG);
        if (!png && !jpeg) {
            throw new IllegalArgumentException("a logo must be a PNG (image/png) or JPEG (image/jpeg) image");
        }
    }

    private static boolean validIban(String iban) {
        String compact = compact(iban);
        if (!IBAN.matcher(compact).matches()) {
            return false;
        }
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        rearranged.chars().forEach(c -> digits.append(Character.isLetter(c) ? c - 'A' + 10 : c - '0'));
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    private static String compact(String value) {
        return value.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
        return data.length >= magic.length && Arrays.equals(data, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
