package io.ledgerline.billing.command;

import io.ledgerline.billing.command.api.SellerDetails;

/** A seller profile at one version: what an invoice issued now is issued with. */
public record SellerSnapshot(SellerDetails details, long version) {
}
