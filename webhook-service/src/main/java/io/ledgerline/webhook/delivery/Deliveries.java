package io.ledgerline.webhook.delivery;

import io.ledgerline.webhook.subscription.SealedSecrets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code webhook_delivery} and {@code webhook_attempt}: the queue of deliveries and their log. Deliveries of one
 * webhook are claimed oldest first, and never while an older delivery for the same ordering key (the aggregate)
 * is still pending, so a later event of an aggregate waits for the earlier one's success or parking.
 */
public class Deliveries {

    /** Whether the selected type {@code t} takes the event type {@code e}: itself or its topic's wildcard. */
    static final String TYPE_MATCHES = """
            (t.event_type = e.event_type
             OR (t.event_type LIKE '%.*' AND e.event_type LIKE replace(t.event_type, '*', '%')))""";

    private static final String INSERT = """
            INSERT INTO webhook_delivery (delivery_id, subscription_id, tenant, event_id, event_type, ordering_key,
                cause, body, status, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', now())""";

    private static final String CLAIM = """
            WITH claimed AS (
              UPDATE webhook_delivery SET lease_until = now() + (? * interval '1 millisecond')
              WHERE delivery_id IN (
                SELECT d.delivery_id FROM webhook_delivery d
                WHERE d.status = 'PENDING' AND d.next_attempt_at <= now()
                  AND (d.lease_until IS NULL OR d.lease_until < now())
                  AND NOT EXISTS (SELECT 1 FROM webhook_delivery o
                      WHERE o.subscription_id = d.subscription_id AND o.ordering_key = d.ordering_key
                        AND o.status = 'PENDING' AND o.delivery_seq < d.delivery_seq)
                ORDER BY d.delivery_seq LIMIT ? FOR UPDATE SKIP LOCKED)
              RETURNING delivery_id, delivery_seq, subscription_id, body, attempts)
            SELECT c.*, s.target_url, s.sealed_secret, s.previous_sealed_secret, s.previous_secret_until
            FROM claimed c JOIN webhook_subscription s USING (subscription_id)
            ORDER BY c.delivery_seq""";

    private static final String VIEW_COLUMNS = """
            delivery_id, event_id, event_type, ordering_key, cause, redelivery_of, status, attempts,
            last_status_code, last_latency_ms, last_error, created_at, next_attempt_at, delivered_at
            """;

    private final JdbcTemplate jdbc;
    private final EventLog events;

    public Deliveries(JdbcTemplate jdbc, EventLog events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Enqueues one delivery of the event per webhook of its tenant that selects its type; answers how many. */
    public int enqueue(StoredEvent event) {
        List<String> subscriptions = jdbc.queryForList("""
                SELECT s.subscription_id FROM webhook_subscription s, (SELECT ?::varchar AS event_type) e
                WHERE s.tenant = ? AND EXISTS (SELECT 1 FROM webhook_subscription_type t
                    WHERE t.subscription_id = s.subscription_id AND """ + TYPE_MATCHES + """
                ) ORDER BY s.subscription_id""", String.class, event.type(), event.tenant());
        byte[] body = CloudEventBody.of(event);
        subscriptions.forEach(subscription -> insert(subscription, event, DeliveryCause.EVENT, body));
        return subscriptions.size();
    }

    /** Re-enqueues every stored event the webhook selects since the instant, in the order they arrived. */
    @Transactional
    public int replay(String tenant, String subscriptionId, Instant from) {
        List<StoredEvent> selected = events.selectedSince(tenant, subscriptionId, from);
        selected.forEach(event -> insert(subscriptionId, event, DeliveryCause.REPLAY, CloudEventBody.of(event)));
        return selected.size();
    }

    /** Enqueues the exact body of a past delivery of the tenant's webhook again. */
    @Transactional
    public Optional<DeliveryView> redeliver(String tenant, String subscriptionId, String deliveryId) {
        String id = UUID.randomUUID().toString();
        int copied = jdbc.update("""
                INSERT INTO webhook_delivery (delivery_id, subscription_id, tenant, event_id, event_type, ordering_key,
                    cause, redelivery_of, body, status, next_attempt_at)
                SELECT ?, subscription_id, tenant, event_id, event_type, ordering_key, 'REDELIVERY', delivery_id,
                    body, 'PENDING', now()
                FROM webhook_delivery WHERE tenant = ? AND subscription_id = ? AND delivery_id = ?""",
                id, tenant, subscriptionId, deliveryId);
        return copied == 0 ? Optional.empty() : find(tenant, subscriptionId, id);
    }

    /** The webhook's most recent deliveries, newest first, each with its attempts. */
    public List<DeliveryView> log(String tenant, String subscriptionId, DeliveryStatus status, int limit) {
        String statusName = status == null ? null : status.name();
        List<DeliveryView> deliveries = jdbc.query("SELECT " + VIEW_COLUMNS + """
                FROM webhook_delivery WHERE tenant = ? AND subscription_id = ? AND (?::varchar IS NULL OR status = ?)
                ORDER BY delivery_seq DESC LIMIT ?""", Deliveries::view, tenant, subscriptionId, statusName,
                statusName, limit);
        return withAttempts(deliveries);
    }

    /** One delivery of the tenant's webhook with its attempts. */
    public Optional<DeliveryView> find(String tenant, String subscriptionId, String deliveryId) {
        return withAttempts(jdbc.query("SELECT " + VIEW_COLUMNS + """
                FROM webhook_delivery WHERE tenant = ? AND subscription_id = ? AND delivery_id = ?""",
                Deliveries::view, tenant, subscriptionId, deliveryId)).stream().findFirst();
    }

    /** Leases up to {@code max} due deliveries to this instance for {@code lease}; other instances skip them. */
    @Transactional
    List<DueDelivery> claim(int max, Duration lease) {
        return jdbc.query(CLAIM, (row, number) -> new DueDelivery(row.getString("delivery_id"),
                row.getString("subscription_id"), row.getString("target_url"), new SealedSecrets(
                        row.getBytes("sealed_secret"), row.getBytes("previous_sealed_secret"),
                        instant(row, "previous_secret_until")),
                row.getBytes("body"), row.getInt("attempts")), lease.toMillis(), max);
    }

    /** Records an attempt and what follows from it; nothing when the webhook was deleted meanwhile. */
    @Transactional
    void record(DueDelivery delivery, AttemptResult result, DeliveryStatus status, Duration retryAfter) {
        int updated = jdbc.update("""
                UPDATE webhook_delivery SET attempts = attempts + 1, status = ?, last_status_code = ?,
                    last_latency_ms = ?, last_error = ?, last_attempt_at = ?,
                    delivered_at = CASE WHEN ? THEN now() ELSE delivered_at END,
                    next_attempt_at = now() + (? * interval '1 millisecond'), lease_until = NULL
                WHERE delivery_id = ?""", status.name(), result.statusCode(), result.latencyMs(), result.error(),
                Timestamp.from(result.attemptedAt()), status == DeliveryStatus.DELIVERED, retryAfter.toMillis(),
                delivery.deliveryId());
        if (updated == 1) {
            jdbc.update("""
                    INSERT INTO webhook_attempt (delivery_id, attempt_no, attempted_at, status_code, latency_ms, error)
                    VALUES (?, ?, ?, ?, ?, ?)""", delivery.deliveryId(), delivery.attemptsMade() + 1,
                    Timestamp.from(result.attemptedAt()), result.statusCode(), result.latencyMs(), result.error());
        }
    }

    private void insert(String subscriptionId, StoredEvent event, DeliveryCause cause, byte[] body) {
        jdbc.update(INSERT, UUID.randomUUID().toString(), subscriptionId, event.tenant(), event.id(), event.type(),
                event.orderingKey(), cause.name(), body);
    }

    private List<DeliveryView> withAttempts(List<DeliveryView> deliveries) {
        if (deliveries.isEmpty()) {
            return deliveries;
        }
        Map<String, List<AttemptView>> attempts = new LinkedHashMap<>();
        deliveries.forEach(delivery -> attempts.put(delivery.deliveryId(), new ArrayList<>()));
        String placeholders = String.join(",", deliveries.stream().map(delivery -> "?").toList());
        jdbc.query("SELECT * FROM webhook_attempt WHERE delivery_id IN (" + placeholders + ")", row -> {
            attempts.get(row.getString("delivery_id")).add(new AttemptView(row.getInt("attempt_no"),
                    row.getTimestamp("attempted_at").toInstant(), (Integer) row.getObject("status_code"),
                    row.getLong("latency_ms"), row.getString("error")));
        }, attempts.keySet().toArray());
        return deliveries.stream().map(delivery -> {
            List<AttemptView> log = attempts.get(delivery.deliveryId());
            log.sort(Comparator.comparingInt(AttemptView::attempt));
            return new DeliveryView(delivery.deliveryId(), delivery.eventId(), delivery.eventType(),
                    delivery.orderingKey(), delivery.cause(), delivery.redeliveryOf(), delivery.status(),
                    delivery.attempts(), delivery.lastStatusCode(), delivery.lastLatencyMs(), delivery.lastError(),
                    delivery.createdAt(), delivery.nextAttemptAt(), delivery.deliveredAt(), List.copyOf(log));
        }).toList();
    }

    private static DeliveryView view(ResultSet row, int number) throws SQLException {
        DeliveryStatus status = DeliveryStatus.valueOf(row.getString("status"));
        return new DeliveryView(row.getString("delivery_id"), row.getString("event_id"), row.getString("event_type"),
                row.getString("ordering_key"), DeliveryCause.valueOf(row.getString("cause")),
                row.getString("redelivery_of"), status, row.getInt("attempts"),
                (Integer) row.getObject("last_status_code"), (Long) row.getObject("last_latency_ms"),
                row.getString("last_error"), instant(row, "created_at"),
                status == DeliveryStatus.PENDING ? instant(row, "next_attempt_at") : null,
                instant(row, "delivered_at"), List.of());
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
