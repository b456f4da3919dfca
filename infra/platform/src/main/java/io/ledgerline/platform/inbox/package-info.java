/**
 * The one way a service reacts to another service's integration events. A {@link
 * io.ledgerline.platform.inbox.Subscription} names a topic and a handler per event type; the {@link
 * io.ledgerline.platform.inbox.Inbox} records each event's {@code ce_id} in {@code processed_event} in the same
 * database transaction as the handler's effect, so a redelivered event is applied once. A failing record is retried
 * a bounded number of times with backoff, then published to {@code <topic>.dlt} with the failure in its headers,
 * and the partition moves on.
 */
package io.ledgerline.platform.inbox;
