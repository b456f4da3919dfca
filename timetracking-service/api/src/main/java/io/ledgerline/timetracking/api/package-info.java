/**
 * The published language of timetracking-service: the integration events it puts on {@code ledgerline.time.v1}. The
 * service is a skeleton on the shared platform until its domain lands; the catalog names its topic already.
 */
package io.ledgerline.timetracking.api;
