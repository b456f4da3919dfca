-- Webhook secrets are stored sealed (AES-256-GCM under ledgerline.webhooks.secret-key, see SecretCipher) instead of
-- as given. Migration 12 (SecretEncryptionMigration, Java because it needs the key from configuration) seals the
-- rows stored before; 13 drops the plaintext column.
ALTER TABLE webhook_subscription RENAME COLUMN secret TO plaintext_secret;
ALTER TABLE webhook_subscription ALTER COLUMN plaintext_secret DROP NOT NULL;

-- After a rotation the replaced secret keeps signing, beside the new one, until previous_secret_until.
ALTER TABLE webhook_subscription
    ADD COLUMN sealed_secret          BYTEA,
    ADD COLUMN previous_sealed_secret BYTEA,
    ADD COLUMN previous_secret_until  TIMESTAMPTZ;

-- A known value sealed under the key the secrets are sealed with: the service opens it at start, so a wrong key
-- stops the service at once instead of failing every delivery later.
CREATE TABLE webhook_secret_key_check (
    id     SMALLINT NOT NULL PRIMARY KEY CHECK (id = 1),
    sealed BYTEA    NOT NULL
);
