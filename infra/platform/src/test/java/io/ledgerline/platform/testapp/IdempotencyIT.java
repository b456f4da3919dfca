package io.ledgerline.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.platform.idempotency.IdempotencyRetention;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A keyed POST commits its events, its read-model writes and its key together: a request that fails after its
 * command leaves neither events nor a claim, concurrent repeats create once, and old keys are purged.
 */
@AutoConfigureObservability
@LedgerlineIntegrationTest
class IdempotencyIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void aRequestThatFailsAfterItsCommandLeavesNeitherEventsNorItsKeyAndTheRetryRunsAgain() {
        String key = PlatformTestSupport.newId();
        String text = "rolled back " + key;
        FlakyNoteController.FAIL_AFTER_WRITE.set(true);

        ResponseEntity<String> failed = post(text, key);

        assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(eventsWithText(text)).isZero();
        assertThat(claims(key)).isZero();

        FlakyNoteController.FAIL_AFTER_WRITE.set(false);
        ResponseEntity<String> retried = post(text, key);

        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retried.getHeaders().getFirst("Idempotency-Replayed")).isNull();
        assertThat(eventsWithText(text)).isOne();
        assertThat(claims(key)).isOne();
    }

    @Test
    void concurrentRepeatsOfOneKeyCreateOnceAndAllGetTheFirstAnswer() throws Exception {
        String key = PlatformTestSupport.newId();
        String text = "concurrent " + key;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<ResponseEntity<String>>> calls = IntStream.range(0, 8)
                    .<Callable<ResponseEntity<String>>>mapToObj(i -> () -> post(text, key)).toList();
            List<ResponseEntity<String>> answers = pool.invokeAll(calls).stream().map(IdempotencyIT::get).toList();

            assertThat(answers).extracting(ResponseEntity::getStatusCode).containsOnly(HttpStatus.CREATED);
            assertThat(answers).extracting(ResponseEntity::getBody).containsOnly(answers.get(0).getBody());
            assertThat(answers).filteredOn(a -> "true".equals(a.getHeaders().getFirst("Idempotency-Replayed")))
                    .hasSize(7);
            assertThat(eventsWithText(text)).isOne();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keysOlderThanTheRetentionAreForgottenAndNewerOnesKept() {
        String old = PlatformTestSupport.newId();
        String recent = PlatformTestSupport.newId();
        insertClaim(old, Instant.now().minus(2, ChronoUnit.DAYS));
        insertClaim(recent, Instant.now().minus(1, ChronoUnit.HOURS));

        int purged = context.getBean(IdempotencyRetention.class).purge();

        assertThat(purged).isPositive();
        assertThat(claims(old)).isZero();
        assertThat(claims(recent)).isOne();
    }

    private void insertClaim(String key, Instant claimedAt) {
        jdbc.update("""
                INSERT INTO idempotency_record (tenant, subject, idempotency_key, fingerprint, response_status,
                    claimed_at, completed_at) VALUES ('demo', 'test-user', ?, ?, 201, ?, ?)""", key, "0".repeat(64),
                Timestamp.from(claimedAt), Timestamp.from(claimedAt));
    }

    private long eventsWithText(String text) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry WHERE convert_from(payload, 'UTF8') LIKE ?""",
                Long.class, "%" + text + "%");
    }

    private long claims(String key) {
        return jdbc.queryForObject("SELECT count(*) FROM idempotency_record WHERE idempotency_key = ?", Long.class,
                key);
    }

    private ResponseEntity<String> post(String text, String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", key);
        return http.postForEntity("/api/v1/flaky-notes", new HttpEntity<>(Map.of("text", text), headers),
                String.class);
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
