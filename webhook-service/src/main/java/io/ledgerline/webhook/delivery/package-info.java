/**
 * Everything after an event is received: the stored events ({@code webhook_event}), the delivery queue and log
 * ({@code webhook_delivery}, {@code webhook_attempt}), the CloudEvent body in structured JSON mode, its HMAC-SHA256
 * signature, the retry policy and the scheduled dispatcher that several instances share through
 * {@code FOR UPDATE SKIP LOCKED}.
 */
package io.ledgerline.webhook.delivery;
