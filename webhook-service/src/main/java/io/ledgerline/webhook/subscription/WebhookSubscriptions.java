package io.ledgerline.webhook.subscription;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code webhook_subscription}: every tenant's webhooks. Registration applies the SSRF rule and checks the event
 * types; every read and delete is scoped to the tenant, so another tenant's webhook does not exist.
 */
public class WebhookSubscriptions {

    private static final String COLUMNS = "subscription_id, target_url, description, created_by, created_at";

    private final JdbcTemplate jdbc;
    private final TargetPolicy targets;
    private final EventTypes types;
    private final Clock clock;

    public WebhookSubscriptions(JdbcTemplate jdbc, TargetPolicy targets, EventTypes types, Clock clock) {
        this.jdbc = jdbc;
        this.targets = targets;
        this.types = types;
        this.clock = clock;
    }

    /** Registers a webhook for the tenant after checking its target and types. */
    @Transactional
    public WebhookSubscription register(String tenant, String actor, NewWebhook webhook) {
        String target = targets.check(webhook.targetUrl()).toString();
        List<String> eventTypes = types.validate(webhook.eventTypes());
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.update("""
                INSERT INTO webhook_subscription (subscription_id, tenant, target_url, secret, description,
                    created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                id, tenant, target, webhook.secret(), webhook.description(), actor, Timestamp.from(now));
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
