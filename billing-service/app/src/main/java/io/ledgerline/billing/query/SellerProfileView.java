package io.ledgerline.billing.query;

import io.ledgerline.billing.command.api.SellerDetails;
import java.time.Instant;

/** A tenant's seller profile as the API shows it; {@code version} is its ETag. */
public record SellerProfileView(SellerDetails details, String logoMediaType, long version, Instant updatedAt) {
}
