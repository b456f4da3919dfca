package io.ledgerline.billing.command.api;

/**
 * The VAT category of an invoice line (EN 16931 BT-151, UNTDID 5305), with the note an invoice must carry for it.
 * Only STANDARD carries a rate above zero.
 */
public enum TaxCategory {
    STANDARD("S", null),
    ZERO_RATED("Z", null),
    EXEMPT("E", "Exempt from VAT"),
    REVERSE_CHARGE("AE", "Reverse charge: the recipient is liable for VAT (Article 196, Council Directive "
            + "2006/112/EC)");

    private final String code;
    private final String legalNote;

    TaxCategory(String code, String legalNote) {
        this.code = code;
        this.legalNote = legalNote;
    }

    /** The UNTDID 5305 code. */
    public String code() {
        return code;
    }

    /** The exemption reason printed and sent with the category (BT-120), or null. */
    public String legalNote() {
        return legalNote;
    }

    /** The category a rate implies when none was chosen: standard above zero, else zero-rated. */
    public static TaxCategory implied(java.math.BigDecimal rate) {
        return rate != null && rate.signum() > 0 ? STANDARD : ZERO_RATED;
    }
}
