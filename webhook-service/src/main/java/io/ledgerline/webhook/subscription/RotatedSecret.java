package io.ledgerline.webhook.subscription;

import java.time.Instant;

/**
 * The answer to a rotation, the only time the new secret is shown.
 *
 * @param secret                   the new secret, in the Standard Webhooks form {@code whsec_<base64>}
 * @param previousSecretValidUntil until when deliveries are also signed with the secret it replaced
 */
public record RotatedSecret(String secret, Instant previousSecretValidUntil) {

    @Override
    public String toString() {
        return "RotatedSecret[secret=***, previousSecretValidUntil=" + previousSecretValidUntil + "]";
    }
}
