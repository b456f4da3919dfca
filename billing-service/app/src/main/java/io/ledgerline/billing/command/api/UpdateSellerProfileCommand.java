package io.ledgerline.billing.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Set all of a tenant's seller details at once; the profile is made by its first update. {@code expectedVersion}
 * (the If-Match of the request) is checked by the aggregate: Axon does not check it on a create-if-missing handler.
 */
public record UpdateSellerProfileCommand(@TargetAggregateIdentifier String profileId, SellerDetails details,
                                         Long expectedVersion) {

    /** The id of a tenant's one seller profile. */
    public static String profileIdOf(String tenant) {
        return "seller-profile/" + tenant;
    }
}
