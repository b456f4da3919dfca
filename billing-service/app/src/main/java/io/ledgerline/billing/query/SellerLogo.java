package io.ledgerline.billing.query;

/** A seller's logo as one profile version had it. */
public record SellerLogo(String mediaType, byte[] image) {
}
