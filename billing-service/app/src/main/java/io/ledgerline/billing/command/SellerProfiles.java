package io.ledgerline.billing.command;

import java.util.Optional;

/** The seller profiles invoices and credit notes are issued with. */
public interface SellerProfiles {

    /** The tenant's profile as it is now, with its version; empty until the tenant set one. */
    Optional<SellerSnapshot> current(String tenant);
}
