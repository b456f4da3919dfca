package io.ledgerline.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.LedgerlineTestInfrastructure;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A service called directly refuses bodies over its limit (1 MB) with 413 problem+json before reading them, whether
 * their length is declared or they come in chunks, and stores nothing: no event, no Idempotency-Key.
 */
@AutoConfigureObservability
@LedgerlineIntegrationTest
class RequestBodyLimitIT {

    private static final int LIMIT = 1024 * 1024;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDeclaredLengthOverTheLimitIs413BeforeTheTokenIsEvenChecked() throws Exception {
        String marker = UUID.randomUUID().toString();

        HttpResponse<String> response = send(HttpRequest.BodyPublishers.ofString(note(marker, LIMIT + 1)), null,
                false);

        assertTooLarge(response);
        assertThat(eventsWith(marker)).isZero();
    }

    @Test
    void aChunkedBodyThatGrowsPastTheLimitIs413AndStoresNothing() throws Exception {
        String marker = UUID.randomUUID().toString();

        HttpResponse<String> response = send(chunked(note(marker, 2 * LIMIT)), null, true);

        assertTooLarge(response);
        assertThat(eventsWith(marker)).isZero();
    }

    @Test
    void aKeyedChunkedBodyPastTheLimitIs413AndTheKeyIsNotClaimed() throws Exception {
        String marker = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();

        HttpResponse<String> response = send(chunked(note(marker, 2 * LIMIT)), key, true);

        assertTooLarge(response);
        assertThat(eventsWith(marker)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM idempotency_record WHERE idempotency_key = ?",
                Long.class, key)).isZero();
    }

    @Test
    void aChunkedBodyUnderTheLimitIsAccepted() throws Exception {
        String marker = UUID.randomUUID().toString();

        HttpResponse<String> response = send(chunked(note(marker, 64 * 1024)), UUID.randomUUID().toString(), true);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(eventsWith(marker)).isEqualTo(1);
    }

    private static void assertTooLarge(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":413", "\"requestId\":\"limit-test\"")
                .doesNotContain("Exception");
    }

    /** A note body of exactly {@code size} bytes, its text starting with the marker. */
    private static String note(String marker, int size) {
        String head = "{\"text\":\"" + marker;
        return head + "x".repeat(size - head.length() - 2) + "\"}";
    }

    /** A body of unknown length: the client sends it with {@code Transfer-Encoding: chunked}. */
    private static HttpRequest.BodyPublisher chunked(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
    }

    private HttpResponse<String> send(HttpRequest.BodyPublisher body, String idempotencyKey, boolean authenticated)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/notes"))
                .header("Content-Type", "application/json")
                .header("X-Request-Id", "limit-test")
                .POST(body);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (authenticated) {
            request.header("Authorization", "Bearer " + LedgerlineTestInfrastructure.defaultToken());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long eventsWith(String marker) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry WHERE convert_from(payload, 'UTF8') LIKE ?""",
                Long.class, "%" + marker + "%");
    }
}
