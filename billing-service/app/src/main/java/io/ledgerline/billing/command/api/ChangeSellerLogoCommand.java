package io.ledgerline.billing.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Give the seller profile a logo (PNG or JPEG) for its invoices. */
public record ChangeSellerLogoCommand(@TargetAggregateIdentifier String profileId, String mediaType, byte[] image,
                                      @TargetAggregateVersion Long expectedVersion) {
}
