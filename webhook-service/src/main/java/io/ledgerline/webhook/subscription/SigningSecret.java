package io.ledgerline.webhook.subscription;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A webhook's signing secret in its two uses. {@code Ledgerline-Signature} is keyed with the secret's UTF-8 bytes,
 * as it always was. Standard Webhooks keys with the bytes of a {@code whsec_<base64>} secret, so a secret in that
 * form is keyed with its decoded bytes there, and any other secret with its UTF-8 bytes (its Standard Webhooks form
 * is then {@code whsec_} followed by the base64 of those bytes).
 */
public final class SigningSecret {

    /** The prefix of a secret in the Standard Webhooks form. */
    public static final String PREFIX = "whsec_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private SigningSecret() {
    }

    /** A new secret of 32 random bytes, in the Standard Webhooks form. */
    public static String generate() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** Refuses a secret that claims the Standard Webhooks form without being 24 to 64 bytes of base64. */
    static void validate(String secret) {
        if (secret != null && secret.startsWith(PREFIX)) {
            byte[] key = decoded(secret);
            if (key == null || key.length < 24 || key.length > 64) {
                throw new IllegalArgumentException("secret starts with " + PREFIX
                        + " but is not 24 to 64 bytes in base64 after it");
            }
        }
    }

    /** The HMAC key of the Standard Webhooks signature. */
    public static byte[] standardKey(String secret) {
        byte[] key = secret.startsWith(PREFIX) ? decoded(secret) : null;
        return key != null ? key : secret.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] decoded(String secret) {
        try {
            return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
