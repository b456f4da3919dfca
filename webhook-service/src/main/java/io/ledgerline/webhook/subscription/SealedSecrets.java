package io.ledgerline.webhook.subscription;

import java.time.Instant;
import java.util.List;

/**
 * A webhook's secrets as stored: the current one and, for the overlap after a rotation, the one it replaced.
 *
 * @param current       the current secret, sealed
 * @param previous      the replaced secret, sealed, or null
 * @param previousUntil until when the replaced secret still signs, or null
 */
public record SealedSecrets(byte[] current, byte[] previous, Instant previousUntil) {

    /** The secrets that sign at the instant, the current one first. */
    public List<String> openAt(Instant at, String webhookId, SecretCipher cipher) {
        String now = cipher.open(current, webhookId);
        if (previous == null || previousUntil == null || !at.isBefore(previousUntil)) {
            return List.of(now);
        }
        return List.of(now, cipher.open(previous, webhookId));
    }
}
