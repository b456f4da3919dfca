/**
 * Who is calling, for which tenant and in which request. A {@link io.ledgerline.platform.context.CallerContext} is
 * set for each HTTP request and each consumed integration event, attached to every command as Axon metadata and
 * copied from there onto every event the command causes, so that the event store answers who did what, when, and
 * why.
 */
package io.ledgerline.platform.context;
