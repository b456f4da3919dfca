package io.ledgerline.webhook.subscription;

import java.time.Instant;
import java.util.List;

/**
 * A tenant's webhook as the API shows it; the secret is write-only and never part of it.
 *
 * @param subscriptionId the webhook's id
 * @param targetUrl      where deliveries are posted
 * @param eventTypes     the CloudEvents types, or topic wildcards, it takes
 * @param description    what it is for, if given
 * @param createdBy      the subject of the token that created it
 * @param createdAt      when it was created
 */
public record WebhookSubscription(String subscriptionId, String targetUrl, List<String> eventTypes,
                                  String description, String createdBy, Instant createdAt) {
}
