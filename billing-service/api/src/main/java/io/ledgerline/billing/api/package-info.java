/**
 * The published language of billing-service: the integration events it puts on {@code ledgerline.billing.v1}. The
 * service is a skeleton on the shared platform until its domain lands; the catalog names its topic already.
 */
package io.ledgerline.billing.api;
