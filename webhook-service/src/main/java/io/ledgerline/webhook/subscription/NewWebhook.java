package io.ledgerline.webhook.subscription;

import java.util.List;

/**
 * What a tenant's admin asks to register, before the rules have looked at it.
 *
 * @param targetUrl   where to deliver
 * @param eventTypes  CloudEvents types or topic wildcards
 * @param secret      the HMAC key deliveries are signed with
 * @param description what the webhook is for, optional
 */
public record NewWebhook(String targetUrl, List<String> eventTypes, String secret, String description) {
}
