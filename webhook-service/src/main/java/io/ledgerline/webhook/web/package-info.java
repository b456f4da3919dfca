/**
 * The webhook API, {@code /api/v1/webhooks}, for admins of a tenant only (the service's {@code ApiPolicy}):
 * subscriptions, their delivery log, redelivery of a past delivery and replay from an instant.
 */
package io.ledgerline.webhook.web;
