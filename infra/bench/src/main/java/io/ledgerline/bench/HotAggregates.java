package io.ledgerline.bench;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Long streams: comments on 8 hot tasks (a task with a long discussion is task-service's realistic long stream).
 * Each task's stream is grown to the length under test by copying its first comment event straight into
 * {@code task.domain_event_entry} (new ids, next sequence numbers; growing 10,000 events through the command path
 * without snapshots would take hours), then users append comments through the API and appends/s and latency are
 * measured at that length.
 */
final class HotAggregates {

    static final int AGGREGATES = 8;
    static final int USERS = 16;

    private final Api api;
    /** The platform operator, who alone reads the ops API. */
    private final Api operator;
    private final HttpLoad load;
    private final String jdbcUrl;
    private final List<String> tasks = new ArrayList<>();

    HotAggregates(Api api, Api operator, HttpLoad load, String jdbcUrl) {
        this.api = api;
        this.operator = operator;
        this.load = load;
        this.jdbcUrl = jdbcUrl;
    }

    /** New hot tasks in the project, each with one real comment to copy. */
    HotAggregates create(String projectId) {
        tasks.clear();
        for (int i = 0; i < AGGREGATES; i++) {
            String taskId = api.call(api.post(Api.GATEWAY + "/api/v1/tasks", Api.map("projectId", projectId,
                    "title", "Hot task " + i)), 201).path("taskId").asText();
            api.call(comment(taskId), 201);
            tasks.add(taskId);
        }
        return this;
    }

    /** Grows every task's stream to {@code length} events, then measures appends for {@code duration}. */
    Measured measure(int length, Duration warmUp, Duration duration) throws Exception {
        grow(length);
        load.closed(USERS, warmUp, n -> comment(tasks.get((int) (n % AGGREGATES))));
        long backlog = outboxLag();
        return new Measured(load.closed(USERS, duration, n -> comment(tasks.get((int) (n % AGGREGATES)))), backlog);
    }

    /** The appends, and how many stored events task-service still had to publish when they began. */
    record Measured(LatencyStats stats, long outboxBacklog) {
    }

    /** The copied events are published like any other; the backlog competes with the appends for the CPU. */
    private long outboxLag() {
        try {
            return operator.call(operator.get(Api.TASK + "/api/v1/ops/processors/integration-publisher"), 200)
                    .path("lag").asLong();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private HttpRequest comment(String taskId) {
        return api.post(Api.GATEWAY + "/api/v1/tasks/" + taskId + "/comments", Api.map("text", "Looked into it."));
    }

    private void grow(int length) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            db.setAutoCommit(false);
            for (String taskId : tasks) {
                grow(db, taskId, length);
                db.commit();
            }
        }
    }

    private static void grow(Connection db, String taskId, int length) throws SQLException {
        String template;
        byte[] metaData;
        String payloadType;
        String payloadRevision;
        String type;
        long next;
        try (PreparedStatement select = db.prepareStatement("""
                SELECT payload, meta_data, payload_type, payload_revision, type,
                    (SELECT max(sequence_number) + 1 FROM task.domain_event_entry WHERE aggregate_identifier = ?)
                FROM task.domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE '%TaskCommented%'
                ORDER BY sequence_number LIMIT 1""")) {
            select.setString(1, taskId);
            select.setString(2, taskId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                template = new String(row.getBytes(1), StandardCharsets.UTF_8);
                metaData = row.getBytes(2);
                payloadType = row.getString(3);
                payloadRevision = row.getString(4);
                type = row.getString(5);
                next = row.getLong(6);
            }
        }
        String commentId = template.replaceAll(".*\"commentId\":\"([^\"]+)\".*", "$1");
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO task.domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                    meta_data, payload, payload_revision, payload_type, time_stamp)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (long sequence = next; sequence < length; sequence++) {
                insert.setString(1, taskId);
                insert.setLong(2, sequence);
                insert.setString(3, type);
                insert.setString(4, UUID.randomUUID().toString());
                insert.setBytes(5, metaData);
                insert.setBytes(6, template.replace(commentId, UUID.randomUUID().toString())
                        .getBytes(StandardCharsets.UTF_8));
                insert.setString(7, payloadRevision);
                insert.setString(8, payloadType);
                insert.setString(9, Instant.now().toString());
                insert.addBatch();
                if (sequence % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
