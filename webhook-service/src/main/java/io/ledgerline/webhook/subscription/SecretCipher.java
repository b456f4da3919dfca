package io.ledgerline.webhook.subscription;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals webhook secrets for the database with AES-256-GCM under the key from {@code ledgerline.webhooks.secret-key}.
 * A sealed value is a format byte, a random 96-bit nonce and the ciphertext with its 128-bit tag; the webhook's id
 * is authenticated with it, so a sealed secret copied onto another webhook's row does not open. A wrong key or a
 * damaged value fails loudly ({@link IllegalStateException}), never as an empty or garbled secret.
 */
public final class SecretCipher {

    /** The setting that holds the key, and its environment variable, for messages that tell an operator what to do. */
    public static final String SETTING = "ledgerline.webhooks.secret-key (LEDGERLINE_WEBHOOKS_SECRETKEY)";

    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    private SecretCipher(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /** The cipher for a base64 key of 32 bytes; anything else stops the service with a message saying what to set. */
    public static SecretCipher fromBase64(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalStateException(SETTING + " is not set: webhook secrets are stored encrypted with it. "
                    + "Set it to 32 random bytes in base64 (openssl rand -base64 32) and keep it with your other "
                    + "production secrets; losing it means registering every webhook's secret again.");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(SETTING + " is not base64: " + e.getMessage());
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(SETTING + " must be 32 bytes (AES-256) in base64, not " + bytes.length);
        }
        return new SecretCipher(bytes);
    }

    /** The secret sealed for the webhook with this id. */
    public byte[] seal(String secret, String webhookId) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, webhookId);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(FORMAT).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** The secret of the webhook with this id, or an {@link IllegalStateException} if this key did not seal it. */
    public String open(byte[] sealed, String webhookId) {
        if (sealed == null || sealed.length <= 1 + NONCE_BYTES || sealed[0] != FORMAT) {
            throw new IllegalStateException("the stored secret of webhook " + webhookId + " is not a sealed value");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOfRange(sealed, 1, 1 + NONCE_BYTES),
                    webhookId);
            byte[] plain = cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the secret of webhook " + webhookId + " does not decrypt with "
                    + SETTING + ": the key is not the one it was stored with, or the value is damaged", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String webhookId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(webhookId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
