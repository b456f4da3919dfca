package io.ledgerline.webhook.subscription;

import static io.ledgerline.webhook.WebhookFixtures.OTHER_SECRET_KEY;
import static io.ledgerline.webhook.WebhookFixtures.SECRET;
import static io.ledgerline.webhook.WebhookFixtures.SECRET_KEY;
import static io.ledgerline.webhook.WebhookFixtures.TASK_ASSIGNED;
import static io.ledgerline.webhook.WebhookFixtures.contains;
import static io.ledgerline.webhook.WebhookFixtures.newTenant;
import static io.ledgerline.webhook.WebhookFixtures.webhook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.LedgerlineTestInfrastructure;
import io.ledgerline.webhook.WebhookApiClient;
import io.ledgerline.webhook.WebhookServiceApplication;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Secrets at rest: sealed in the database, plaintext rows of an earlier version sealed by the migration, and a
 * service started with another key (or none) stops with a message naming the setting.
 */
@LedgerlineIntegrationTest
class SecretStorageIT {

    private static final String MIGRATIONS = "classpath:db/service/webhook-service";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    private final SecretCipher cipher = SecretCipher.fromBase64(SECRET_KEY);

    @Test
    void theDatabaseHoldsTheSecretOnlySealed() {
        String id = new WebhookApiClient(http, newTenant()).register(webhook("http://127.0.0.1:9/hook",
                TASK_ASSIGNED));

        byte[] stored = jdbc.queryForObject("SELECT sealed_secret FROM webhook_subscription WHERE subscription_id = ?",
                byte[].class, id);
        List<String> columns = jdbc.queryForList("""
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = 'webhook_subscription'""", String.class);

        assertThat(contains(stored, SECRET)).isFalse();
        assertThat(cipher.open(stored, id)).isEqualTo(SECRET);
        assertThat(columns).contains("sealed_secret").doesNotContain("secret", "plaintext_secret");
    }

    @Test
    void theMigrationSealsThePlaintextSecretsOfAnEarlierVersion() {
        String schema = "webhook_migration_" + UUID.randomUUID().toString().substring(0, 8);
        try {
            flyway(schema).target("10").load().migrate();
            JdbcTemplate old = new JdbcTemplate(dataSource);
            old.update("INSERT INTO " + schema + ".webhook_subscription (subscription_id, tenant, target_url, secret,"
                    + " created_by, created_at) VALUES ('w-1', 'acme', 'https://erp.example.com/h', ?, 'a', now())",
                    SECRET);

            flyway(schema).javaMigrations(new SecretEncryptionMigration(cipher)).load().migrate();

            byte[] sealed = old.queryForObject("SELECT sealed_secret FROM " + schema + ".webhook_subscription",
                    byte[].class);
            assertThat(contains(sealed, SECRET)).isFalse();
            assertThat(cipher.open(sealed, "w-1")).isEqualTo(SECRET);
            assertThat(old.queryForList("SELECT column_name FROM information_schema.columns WHERE table_schema = ?"
                    + " AND table_name = 'webhook_subscription'", String.class, schema))
                    .doesNotContain("secret", "plaintext_secret");
        } finally {
            jdbc.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void aServiceStartedWithAnotherKeyStopsSayingSo() {
        jdbc.queryForObject("SELECT count(*) FROM webhook_secret_key_check", Long.class);

        assertThatThrownBy(() -> start(OTHER_SECRET_KEY))
                .hasStackTraceContaining("LEDGERLINE_WEBHOOKS_SECRETKEY")
                .hasStackTraceContaining("is not the key this database's webhook secrets were sealed with");
    }

    @Test
    void aServiceStartedWithoutAKeyStopsSayingWhatToSet() {
        assertThatThrownBy(() -> start(""))
                .hasStackTraceContaining("LEDGERLINE_WEBHOOKS_SECRETKEY) is not set");
    }

    /** Command-line arguments, so that they win over the test configuration's key. */
    private void start(String key) {
        new SpringApplicationBuilder(WebhookServiceApplication.class)
                .initializers(new LedgerlineTestInfrastructure())
                .run("--server.port=0", "--ledgerline.webhooks.secret-key=" + key,
                        "--ledgerline.webhooks.consumer.enabled=false",
                        "--ledgerline.webhooks.dispatcher.enabled=false")
                .close();
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway(String schema) {
        return Flyway.configure().dataSource(dataSource).schemas(schema).locations(MIGRATIONS);
    }
}
