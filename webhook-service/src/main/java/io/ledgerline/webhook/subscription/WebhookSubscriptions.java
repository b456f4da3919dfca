package io.ledgerline.webhook.subscription;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code webhook_subscription}: every tenant's webhooks. Registration applies the SSRF rule and checks the event
 * types; every read and delete is scoped to the tenant, so another tenant's webhook does not exist. Secrets are
 * stored sealed ({@link SecretCipher}); a rotation keeps the replaced secret signing for an overlap.
 */
public class WebhookSubscriptions {

    private static final String COLUMNS = "subscription_id, target_url, description, created_by, created_at";

    private final JdbcTemplate jdbc;
    private final TargetPolicy targets;
    private final EventTypes types;
    /** The longest overlap a rotation may ask for: a replaced secret is meant to go away. */
    static final Duration MAX_OVERLAP = Duration.ofDays(7);

    private final SecretCipher cipher;
    private final Duration defaultOverlap;
    private final Clock clock;

    public WebhookSubscriptions(JdbcTemplate jdbc, TargetPolicy targets, EventTypes types, SecretCipher cipher,
                                Duration defaultOverlap, Clock clock) {
        this.jdbc = jdbc;
        this.targets = targets;
        this.types = types;
        this.cipher = cipher;
        this.defaultOverlap = defaultOverlap;
        this.clock = clock;
    }

    /** Registers a webhook for the tenant after checking its target and types. */
    @Transactional
    public WebhookSubscription register(String tenant, String actor, NewWebhook webhook) {
        String target = targets.check(webhook.targetUrl()).toString();
        List<String> eventTypes = types.validate(webhook.eventTypes());
        SigningSecret.validate(webhook.secret());
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.update("""
                INSERT INTO webhook_subscription (subscription_id, tenant, target_url, sealed_secret, description,
                    created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                id, tenant, target, cipher.seal(webhook.secret(), id), webhook.description(), actor,
                Timestamp.from(now));
        jdbc.batchUpdate("INSERT INTO webhook_subscription_type (subscription_id, event_type) VALUES (?, ?)",
                eventTypes.stream().map(type -> new Object[] {id, type}).toList());
        return new WebhookSubscription(id, target, eventTypes, webhook.description(), actor, now);
    }

    /** The tenant's webhook, if it has one with this id. */
    public Optional<WebhookSubscription> find(String tenant, String subscriptionId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook_subscription WHERE tenant = ? AND subscription_id = ?",
                this::map, tenant, subscriptionId).stream().findFirst();
    }

    /** The tenant's webhooks, oldest first. */
    public List<WebhookSubscription> list(String tenant) {
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook_subscription WHERE tenant = ?"
                + " ORDER BY created_at, subscription_id", this::map, tenant);
    }

    /**
     * Gives the tenant's webhook a new generated secret. The one it replaces keeps signing, beside the new one, for
     * {@code overlap} (null: the configured default; a secret replaced earlier stops at once); empty when the
     * tenant has no such webhook.
     */
    @Transactional
    public Optional<RotatedSecret> rotateSecret(String tenant, String subscriptionId, Duration overlap) {
        Duration phaseOut = overlap == null ? defaultOverlap : overlap;
        if (phaseOut.isNegative() || phaseOut.compareTo(MAX_OVERLAP) > 0) {
            throw new IllegalArgumentException("overlap must be between PT0S and " + MAX_OVERLAP);
        }
        String secret = SigningSecret.generate();
        Instant until = clock.instant().plus(phaseOut).truncatedTo(ChronoUnit.MICROS);
        int rotated = jdbc.update("""
                UPDATE webhook_subscription SET previous_sealed_secret = sealed_secret, previous_secret_until = ?,
                    sealed_secret = ? WHERE tenant = ? AND subscription_id = ?""",
                Timestamp.from(until), cipher.seal(secret, subscriptionId), tenant, subscriptionId);
        return rotated == 1 ? Optional.of(new RotatedSecret(secret, until)) : Optional.empty();
    }

    /** Removes the tenant's webhook with its deliveries; false when the tenant has no such webhook. */
    @Transactional
    public boolean delete(String tenant, String subscriptionId) {
        return jdbc.update("DELETE FROM webhook_subscription WHERE tenant = ? AND subscription_id = ?",
                tenant, subscriptionId) == 1;
    }

    private WebhookSubscription map(ResultSet row, int number) throws SQLException {
        String id = row.getString("subscription_id");
        List<String> eventTypes = jdbc.queryForList("""
                SELECT event_type FROM webhook_subscription_type WHERE subscription_id = ? ORDER BY event_type""",
                String.class, id);
        return new WebhookSubscription(id, row.getString("target_url"), eventTypes, row.getString("description"),
                row.getString("created_by"), row.getTimestamp("created_at").toInstant());
    }
}
