package io.ledgerline.billing.command.api;

/** A tenant's seller details were set; internal to billing-service (no public integration event). */
public record SellerProfileUpdatedEvent(String profileId, SellerDetails details) {
}
