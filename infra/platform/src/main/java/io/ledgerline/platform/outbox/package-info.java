/**
 * Publication of integration events with the event store as the outbox. Each service has one tracking processor
 * (processing group {@value io.ledgerline.platform.outbox.IntegrationEventPublisher#PROCESSING_GROUP}) whose
 * handlers map internal events to the public records of the service's {@code api} module and hand them to the
 * {@link io.ledgerline.platform.outbox.IntegrationEventPublisher}. Sends are idempotent with acks=all, and the
 * batch's unit of work (which holds the token update) commits only after the broker acknowledged every send: a
 * crash re-sends, it never loses.
 */
package io.ledgerline.platform.outbox;
