package io.ledgerline.webhook.delivery;

import io.ledgerline.webhook.subscription.SigningSecret;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature (standardwebhooks.com): {@code webhook-signature: v1,<base64 HMAC-SHA256>} over
 * {@code <webhook-id>.<webhook-timestamp>.<body>}, one space-separated {@code v1,} entry per secret that signs, so
 * receivers can use the ready-made verifiers. Keyed as {@link SigningSecret#standardKey(String)} says.
 */
public final class StandardWebhookSignature {

    /** The message id: the delivery's id, the same on each of its retries. */
    public static final String ID_HEADER = "webhook-id";
    /** When the attempt was signed, in Unix seconds. */
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    /** The signatures. */
    public static final String SIGNATURE_HEADER = "webhook-signature";

    private static final String ALGORITHM = "HmacSHA256";

    private StandardWebhookSignature() {
    }

    /** The {@code webhook-signature} value: one {@code v1,<base64>} per secret, in the order given. */
    public static String header(List<String> secrets, String id, long timestamp, byte[] body) {
        return secrets.stream()
                .map(secret -> "v1," + Base64.getEncoder().encodeToString(mac(secret, id, timestamp, body)))
                .collect(Collectors.joining(" "));
    }

    private static byte[] mac(String secret, String id, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(SigningSecret.standardKey(secret), ALGORITHM));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
