package io.ledgerline.webhook.delivery;

import io.ledgerline.webhook.subscription.SecretCipher;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The signature headers of one attempt, in both formats: {@code Ledgerline-Signature} for the receivers that
 * verify it today and the Standard Webhooks headers. The secrets are opened only here, for the moment of signing;
 * after a rotation both the new and the replaced secret sign until the overlap ends.
 */
final class DeliverySigner {

    private final SecretCipher cipher;

    DeliverySigner(SecretCipher cipher) {
        this.cipher = cipher;
    }

    /** Header names and values, or an {@link IllegalStateException} when a secret does not open with the key. */
    Map<String, String> headers(DueDelivery delivery, Instant at) {
        List<String> secrets = delivery.secrets().openAt(at, delivery.subscriptionId(), cipher);
        long timestamp = at.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(WebhookSignature.HEADER, WebhookSignature.header(secrets, timestamp, delivery.body()));
        headers.put(StandardWebhookSignature.ID_HEADER, delivery.deliveryId());
        headers.put(StandardWebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp));
        headers.put(StandardWebhookSignature.SIGNATURE_HEADER,
                StandardWebhookSignature.header(secrets, delivery.deliveryId(), timestamp, delivery.body()));
        return headers;
    }
}
