package io.ledgerline.webhook.subscription;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Proves at start that the configured key is the one the stored secrets are sealed with: the first start seals a
 * known value ({@code webhook_secret_key_check}), every later start must open it. A service started with another
 * key stops with a message naming the setting, instead of failing every delivery afterwards.
 */
public final class SecretKeyCheck {

    private static final String ID = "ledgerline.webhooks.secret-key check";
    private static final String KNOWN = "Ledgerline webhook secrets";

    private final JdbcTemplate jdbc;
    private final SecretCipher cipher;

    public SecretKeyCheck(JdbcTemplate jdbc, SecretCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Seals the known value if none is stored, then opens the stored one; throws when the key does not fit. */
    public void verify() {
        jdbc.update("INSERT INTO webhook_secret_key_check (id, sealed) VALUES (1, ?) ON CONFLICT (id) DO NOTHING",
                (Object) cipher.seal(KNOWN, ID));
        byte[] stored = jdbc.queryForObject("SELECT sealed FROM webhook_secret_key_check WHERE id = 1",
                byte[].class);
        String opened;
        try {
            opened = cipher.open(stored, ID);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(SecretCipher.SETTING + " is not the key this database's webhook "
                    + "secrets were sealed with: start with that key (a new key needs every secret registered "
                    + "again)", e);
        }
        if (!Arrays.equals(opened.getBytes(StandardCharsets.UTF_8), KNOWN.getBytes(StandardCharsets.UTF_8))) {
            throw new IllegalStateException("webhook_secret_key_check holds an unexpected value");
        }
    }
}
