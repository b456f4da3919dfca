/**
 * The webhook subscriptions of each tenant ({@code webhook_subscription}): where to deliver which event types and
 * the secret that signs them, plus the rules a subscription must pass: a public HTTPS target ({@link
 * io.ledgerline.webhook.subscription.TargetPolicy}, the SSRF rule) and event types Ledgerline publishes ({@link
 * io.ledgerline.webhook.subscription.EventTypes}).
 */
package io.ledgerline.webhook.subscription;
