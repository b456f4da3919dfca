package io.ledgerline.billing.command.api;

/** The seller profile's logo was replaced; the image travels in the event so that every version keeps its own. */
public record SellerLogoChangedEvent(String profileId, String mediaType, byte[] image) {
}
