package io.ledgerline.webhook;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.testsupport.KafkaRecords;
import io.ledgerline.testsupport.TestIdentity;
import io.ledgerline.testsupport.TestKafka;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Drives webhook-service in integration tests: events in through Kafka, requests as a tenant's admin. */
public final class WebhookApiClient {

    public static final Duration WAIT = Duration.ofSeconds(60);

    private final TestRestTemplate http;
    private final String tenant;
    private final ObjectMapper json = new ObjectMapper();

    public WebhookApiClient(TestRestTemplate http, String tenant) {
        this.http = http;
        this.tenant = tenant;
    }

    /** Sends records as their producing service would. */
    @SafeVarargs
    public static void send(ProducerRecord<String, byte[]>... records) {
        KafkaRecords.send(TestKafka.instance().bootstrapServers(), records);
    }

    public static String adminToken(String tenant) {
        return TestIdentity.instance().token(tenant, tenant + "-admin", "admin");
    }

    /** Registers a webhook and answers its id. */
    public String register(String body) {
        ResponseEntity<String> created = exchange(HttpMethod.POST, "/api/v1/webhooks", body, adminToken(tenant));
        if (created.getStatusCode() != HttpStatus.CREATED) {
            throw new AssertionError("registration failed: " + created);
        }
        return read(created).get("subscriptionId").asText();
    }

    public JsonNode deliveries(String subscriptionId) {
        return read(exchange(HttpMethod.GET, "/api/v1/webhooks/" + subscriptionId + "/deliveries", null,
                adminToken(tenant)));
    }

    /** Waits until the webhook's log holds {@code count} deliveries in a final state, and answers the log. */
    public JsonNode awaitSettled(String subscriptionId, int count) {
        return await().atMost(WAIT).until(() -> deliveries(subscriptionId),
                log -> log.size() == count && java.util.stream.StreamSupport.stream(log.spliterator(), false)
                        .noneMatch(delivery -> "PENDING".equals(delivery.get("status").asText())));
    }

    public ResponseEntity<String> post(String path, String body) {
        return exchange(HttpMethod.POST, path, body, adminToken(tenant));
    }

    public ResponseEntity<String> exchange(HttpMethod method, String path, String body, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    public JsonNode read(ResponseEntity<String> response) {
        try {
            return json.readTree(response.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
