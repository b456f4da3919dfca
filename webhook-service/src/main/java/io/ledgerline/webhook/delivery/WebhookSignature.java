package io.ledgerline.webhook.delivery;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Ledgerline-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256>} where the MAC is keyed
 * with the webhook's secret over {@code <t>.<body>}. Signing the timestamp lets receivers refuse old replays of
 * a captured request. During a rotation's overlap a {@code v1} follows for each secret, the current one first.
 */
public final class WebhookSignature {

    /** The header's name. */
    public static final String HEADER = "Ledgerline-Signature";

    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    /** The header value for a body sent at the given second. */
    public static String header(String secret, long timestamp, byte[] body) {
        return header(List.of(secret), timestamp, body);
    }

    /** The header value signed with each secret, in the order given. */
    public static String header(List<String> secrets, long timestamp, byte[] body) {
        StringBuilder header = new StringBuilder("t=").append(timestamp);
        for (String secret : secrets) {
            header.append(",v1=").append(HexFormat.of().formatHex(mac(secret, timestamp, body)));
        }
        return header.toString();
    }

    /** The HMAC-SHA256 of {@code <timestamp>.<body>} keyed with the secret. */
    public static byte[] mac(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
