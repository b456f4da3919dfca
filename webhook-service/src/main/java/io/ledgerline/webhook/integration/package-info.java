/**
 * webhook-service's side of Kafka: one inbox subscription per Ledgerline topic with a handler for every published
 * event type, which stores the event as received and enqueues its deliveries in the inbox's transaction, so each
 * event is taken once however often Kafka redelivers it.
 */
package io.ledgerline.webhook.integration;
