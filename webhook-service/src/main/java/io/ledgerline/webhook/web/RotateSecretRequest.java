package io.ledgerline.webhook.web;

import java.time.Duration;

/**
 * A secret rotation; the body is optional.
 *
 * @param overlap how long the replaced secret keeps signing beside the new one, {@code PT0S} to {@code P7D}; absent:
 *                {@code ledgerline.webhooks.secret-rotation.overlap} (24 hours unless configured). {@code PT0S}
 *                for a secret that leaked.
 */
record RotateSecretRequest(Duration overlap) {
}
