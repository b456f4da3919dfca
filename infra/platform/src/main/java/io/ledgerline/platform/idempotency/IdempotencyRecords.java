package io.ledgerline.platform.idempotency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code idempotency_record}: one row per caller (tenant and subject) and key, claimed before the request runs. A
 * key is the caller's own: another caller repeating it runs their own request, under their own permissions.
 */
class IdempotencyRecords {

    private final JdbcTemplate jdbc;

    IdempotencyRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the key; false when it was claimed before. */
    boolean claim(Caller caller, String key, String fingerprint) {
        return jdbc.update("""
                INSERT INTO idempotency_record (tenant, subject, idempotency_key, fingerprint) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", caller.tenant(), caller.subject(), key, fingerprint) == 1;
    }

    void complete(Caller caller, String key, StoredResponse response) {
        jdbc.update("""
                UPDATE idempotency_record SET response_status = ?, location = ?, etag = ?, content_type = ?,
                    body = ?, completed_at = now()
                WHERE tenant = ? AND subject = ? AND idempotency_key = ?""", response.status(), response.location(),
                response.etag(), response.contentType(), response.body(), caller.tenant(), caller.subject(), key);
    }

    /** Forgets every key claimed before the instant; a repeat of such a request runs again. */
    int purgeClaimedBefore(Instant cutoff) {
        return jdbc.update("DELETE FROM idempotency_record WHERE claimed_at < ?",
                Timestamp.from(cutoff));
    }

    /** The claim on a key, with the stored response once the first request completed; null when there is none. */
    Claim find(Caller caller, String key) {
        List<Claim> claims = jdbc.query("""
                SELECT fingerprint, response_status, location, etag, content_type, body
                FROM idempotency_record WHERE tenant = ? AND subject = ? AND idempotency_key = ?""",
                (row, index) -> new Claim(row.getString("fingerprint"), row.getObject("response_status") == null
                        ? null
                        : new StoredResponse(row.getInt("response_status"), row.getString("location"),
                                row.getString("etag"), row.getString("content_type"), row.getBytes("body"))),
                caller.tenant(), caller.subject(), key);
        return claims.isEmpty() ? null : claims.get(0);
    }

    record Claim(String fingerprint, StoredResponse response) {
    }

    /** Whose key it is: the token's tenant and subject. */
    record Caller(String tenant, String subject) {
    }
}
