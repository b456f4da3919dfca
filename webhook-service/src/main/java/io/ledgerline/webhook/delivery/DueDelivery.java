package io.ledgerline.webhook.delivery;

/**
 * A delivery claimed for an attempt, with what is needed to send it.
 *
 * @param deliveryId     the delivery
 * @param subscriptionId its webhook
 * @param targetUrl      where to post
 * @param secret         the webhook's signing secret
 * @param body           the exact bytes to post
 * @param attemptsMade   attempts before this one
 */
record DueDelivery(String deliveryId, String subscriptionId, String targetUrl, String secret, byte[] body,
                   int attemptsMade) {
}
