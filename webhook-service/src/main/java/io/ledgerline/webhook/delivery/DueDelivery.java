package io.ledgerline.webhook.delivery;

import io.ledgerline.webhook.subscription.SealedSecrets;

/**
 * A delivery claimed for an attempt, with what is needed to send it.
 *
 * @param deliveryId     the delivery
 * @param subscriptionId its webhook
 * @param targetUrl      where to post
 * @param secrets        the webhook's signing secrets, still sealed
 * @param body           the exact bytes to post
 * @param attemptsMade   attempts before this one
 */
record DueDelivery(String deliveryId, String subscriptionId, String targetUrl, SealedSecrets secrets, byte[] body,
                   int attemptsMade) {
}
