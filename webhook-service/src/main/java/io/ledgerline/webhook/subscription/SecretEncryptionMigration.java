package io.ledgerline.webhook.subscription;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Flyway migration 12: seals the secrets that were stored as given before migration 11 made room for sealed ones.
 * It is Java, not SQL, because the key comes from configuration; Spring Boot hands every {@link JavaMigration}
 * bean to Flyway. Migration 13 then drops the plaintext column.
 */
public final class SecretEncryptionMigration implements JavaMigration {

    private final SecretCipher cipher;

    public SecretEncryptionMigration(SecretCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("12");
    }

    @Override
    public String getDescription() {
        return "seal webhook secrets";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Map<String, String> plaintext = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT subscription_id, plaintext_secret FROM webhook_subscription"
                        + " WHERE plaintext_secret IS NOT NULL FOR UPDATE");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                plaintext.put(rows.getString(1), rows.getString(2));
            }
        }
        try (PreparedStatement seal = connection.prepareStatement("UPDATE webhook_subscription"
                + " SET sealed_secret = ?, plaintext_secret = NULL WHERE subscription_id = ?")) {
            for (Map.Entry<String, String> row : plaintext.entrySet()) {
                seal.setBytes(1, cipher.seal(row.getValue(), row.getKey()));
                seal.setString(2, row.getKey());
                seal.addBatch();
            }
            seal.executeBatch();
        }
    }
}
