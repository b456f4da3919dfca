package io.ledgerline.webhook.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.ledgerline.webhook.WebhookApiClient.WAIT;
import static io.ledgerline.webhook.WebhookApiClient.send;
import static io.ledgerline.webhook.WebhookFixtures.SECRET;
import static io.ledgerline.webhook.WebhookFixtures.TASK_ASSIGNED;
import static io.ledgerline.webhook.WebhookFixtures.TASK_CREATED;
import static io.ledgerline.webhook.WebhookFixtures.TASK_WILDCARD;
import static io.ledgerline.webhook.WebhookFixtures.assigned;
import static io.ledgerline.webhook.WebhookFixtures.assignedData;
import static io.ledgerline.webhook.WebhookFixtures.createdData;
import static io.ledgerline.webhook.WebhookFixtures.newId;
import static io.ledgerline.webhook.WebhookFixtures.newTenant;
import static io.ledgerline.webhook.WebhookFixtures.taskRecord;
import static io.ledgerline.webhook.WebhookFixtures.webhook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.ledgerline.webhook.StandardWebhooksReceiver;
import io.ledgerline.webhook.WebhookApiClient;
import io.ledgerline.webhook.WebhookFixtures;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deliveries to a real HTTP receiver (WireMock on a random port): events go in on Kafka as task-service publishes
 * them, and come out as signed CloudEvents, retried, parked, in order per aggregate, redelivered and replayed.
 */
@LedgerlineIntegrationTest
class WebhookDeliveryIT {

    private static final WireMockServer RECEIVER = new WireMockServer(wireMockConfig().dynamicPort());

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private String tenant;
    private String path;
    private WebhookApiClient api;

    @BeforeAll
    static void startReceiver() {
        RECEIVER.start();
    }

    @AfterAll
    static void stopReceiver() {
        RECEIVER.stop();
    }

    @BeforeEach
    void setUp() {
        tenant = newTenant();
        path = "/hooks/" + tenant;
        api = new WebhookApiClient(http, tenant);
    }

    @Test
    void postsEachSelectedEventOnceAsASignedStructuredCloudEventWithTheDataAsPublished() throws Exception {
        RECEIVER.stubFor(post(urlEqualTo(path)).willReturn(ok()));
        String webhook = api.register(webhook(target(), TASK_ASSIGNED));
        String taskId = newId();
        String assignedId = newId();

        send(taskRecord(tenant, taskId, newId(), TASK_CREATED, createdData(taskId), WebhookFixtures.TIME),
                assigned(tenant, taskId, assignedId), assigned(tenant, taskId, assignedId));

        JsonNode log = api.awaitSettled(webhook, 1);
        assertThat(log.get(0).get("eventId").asText()).isEqualTo(assignedId);
        List<LoggedRequest> received = received();
        // one delivery for the event sent twice; an attempt the loaded machine answered too late is tried again
        // under the same delivery id, which is a retry, not a second delivery
        assertThat(received.stream().map(r -> r.getHeader("Ledgerline-Delivery")).distinct()).hasSize(1);
        LoggedRequest request = received.get(0);
        assertThat(request.getHeader("Content-Type")).isEqualTo("application/cloudevents+json");
        assertThat(request.getHeader("Ledgerline-Delivery")).isEqualTo(log.get(0).get("deliveryId").asText());
        assertSignedWithTheSecret(request);
        assertThat(request.getHeader("webhook-id")).isEqualTo(request.getHeader("Ledgerline-Delivery"));
        assertThat(StandardWebhooksReceiver.verifies(SECRET, request)).as("the official verifier accepts it").isTrue();
        assertThat(StandardWebhooksReceiver.verifies(SECRET + "x", request)).isFalse();
        JsonNode event = json.readTree(request.getBody());
        assertThat(event.get("specversion").asText()).isEqualTo("1.0");
        assertThat(event.get("id").asText()).isEqualTo(assignedId);
        assertThat(event.get("type").asText()).isEqualTo(TASK_ASSIGNED);
        assertThat(event.get("source").asText()).isEqualTo("/ledgerline/task-service");
        assertThat(event.get("subject").asText()).isEqualTo(taskId);
        assertThat(event.get("time").asText()).isEqualTo(WebhookFixtures.TIME);
        assertThat(event.get("tenant").asText()).isEqualTo(tenant);
        assertThat(event.get("correlationid").asText()).isEqualTo("req-" + assignedId);
        assertThat(request.getBodyAsString()).as("data byte for byte, a field this service does not know included")
                .contains("\"data\":" + assignedData(taskId));
        assertThat(count("SELECT count(*) FROM webhook_event WHERE event_id = ?", assignedId)).isOne();
    }

    @Test
    void retriesAfterAServerErrorAndSucceeds() {
        RECEIVER.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs(STARTED)
                .willReturn(serverError()).willSetStateTo("recovered"));
        RECEIVER.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs("recovered").willReturn(ok()));
        String webhook = api.register(webhook(target(), TASK_WILDCARD));

        send(assigned(tenant, newId(), newId()));

        JsonNode delivery = api.awaitSettled(webhook, 1).get(0);
        assertThat(delivery.get("status").asText()).isEqualTo("DELIVERED");
        assertThat(delivery.get("attempts").asInt()).isEqualTo(2);
        assertThat(delivery.get("lastStatusCode").asInt()).isEqualTo(200);
        assertThat(statusCodes(delivery)).containsExactly(500, 200);
        assertThat(delivery.get("attemptLog").get(0).get("error").asText()).contains("500");
        assertThat(delivery.get("attemptLog").get(1).has("latencyMs")).isTrue();
        List<LoggedRequest> received = received();
        assertThat(received).hasSize(2);
        assertThat(received.get(0).getBody()).isEqualTo(received.get(1).getBody());
        assertThat(received.get(0).getHeader("Ledgerline-Delivery"))
                .isEqualTo(received.get(1).getHeader("Ledgerline-Delivery"));
    }

    @Test
    void retriesWhenTheTargetDoesNotAnswerInTime() {
        RECEIVER.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs(STARTED)
                .willReturn(ok().withFixedDelay(8_000)).willSetStateTo("fast again"));
        RECEIVER.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs("fast again").willReturn(ok()));
        String webhook = api.register(webhook(target(), TASK_ASSIGNED));

        send(assigned(tenant, newId(), newId()));

        JsonNode delivery = api.awaitSettled(webhook, 1).get(0);
        assertThat(delivery.get("status").asText()).isEqualTo("DELIVERED");
        JsonNode timedOut = delivery.get("attemptLog").get(0);
        assertThat(timedOut.has("statusCode")).as("no answer, no status code").isFalse();
        assertThat(timedOut.get("error").asText()).contains("no answer within");
        assertThat(timedOut.get("latencyMs").asLong()).isGreaterThanOrEqualTo(5_000);
        assertThat(delivery.get("attemptLog").get(1).get("statusCode").asInt()).isEqualTo(200);
    }

    @Test
    void parksADeliveryAfterTheLastAttemptAndThenMovesOnToTheAggregatesNextEvent() {
        String taskId = newId();
        String doomed = newId();
        String next = newId();
        RECEIVER.stubFor(post(urlEqualTo(path)).atPriority(1).withRequestBody(containing(doomed))
                .willReturn(aResponse().withStatus(503)));
        RECEIVER.stubFor(post(urlEqualTo(path)).atPriority(5).willReturn(ok()));
        String webhook = api.register(webhook(target(), TASK_ASSIGNED));

        send(assigned(tenant, taskId, doomed), assigned(tenant, taskId, next));

        JsonNode log = api.awaitSettled(webhook, 2);
        JsonNode parked = log.get(1);
        assertThat(parked.get("eventId").asText()).isEqualTo(doomed);
        assertThat(parked.get("status").asText()).isEqualTo("PARKED");
        assertThat(parked.get("attempts").asInt()).isEqualTo(3);
        assertThat(statusCodes(parked)).containsExactly(503, 503, 503);
        assertThat(log.get(0).get("status").asText()).isEqualTo("DELIVERED");
        assertThat(eventIds(received())).containsExactly(doomed, doomed, doomed, next);
    }

    @Test
    void keepsEachAggregatesEventsInOrderWhileTheFirstIsRetried() {
        String taskA = newId();
        String taskB = newId();
        String a1 = newId();
        String a2 = newId();
        String b1 = newId();
        RECEIVER.stubFor(post(urlEqualTo(path)).atPriority(1).withRequestBody(containing(a1)).inScenario(path)
                .whenScenarioStateIs(STARTED).willReturn(serverError()).willSetStateTo("failed once"));
        RECEIVER.stubFor(post(urlEqualTo(path)).atPriority(5).willReturn(ok()));
        String webhook = api.register(webhook(target(), TASK_WILDCARD));

        send(assigned(tenant, taskA, a1), assigned(tenant, taskA, a2), assigned(tenant, taskB, b1));

        api.awaitSettled(webhook, 3);
        List<String> order = eventIds(received());
        assertThat(order.stream().filter(id -> !id.equals(b1)).toList()).containsExactly(a1, a1, a2);
        assertThat(order).containsOnlyOnce(b1);
        assertThat(order.indexOf(b1)).as("another aggregate does not wait").isLessThan(order.lastIndexOf(a1) + 1);
    }

    @Test
    void redeliversAPastDeliveryByteForByte() {
        RECEIVER.stubFor(post(urlEqualTo(path)).willReturn(ok()));
        String webhook = api.register(webhook(target(), TASK_ASSIGNED));
        send(assigned(tenant, newId(), newId()));
        String first = api.awaitSettled(webhook, 1).get(0).get("deliveryId").asText();

        var response = api.post("/api/v1/webhooks/" + webhook + "/deliveries/" + first + "/redeliver", null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(api.read(response).get("redeliveryOf").asText()).isEqualTo(first);
        assertThat(api.read(response).get("cause").asText()).isEqualTo("REDELIVERY");
        api.awaitSettled(webhook, 2);
        List<LoggedRequest> received = received();
        assertThat(received).hasSize(2);
        assertThat(received.get(1).getBody()).isEqualTo(received.get(0).getBody());
        assertSignedWithTheSecret(received.get(1));
        assertThat(StandardWebhooksReceiver.verifies(SECRET, received.get(1))).isTrue();
    }

    @Test
    void replaysTheStoredEventsOfItsTypesFromAnInstantInOrder() {
        RECEIVER.stubFor(post(urlEqualTo(path)).willReturn(ok()));
        String taskId = newId();
        List<String> ids = List.of(newId(), newId(), newId(), newId());
        send(taskRecord(tenant, taskId, ids.get(0), TASK_ASSIGNED, assignedData(taskId), "2026-03-01T10:00:00Z"),
                taskRecord(tenant, taskId, ids.get(1), TASK_ASSIGNED, assignedData(taskId), "2026-03-01T11:00:00Z"),
                taskRecord(tenant, taskId, ids.get(2), TASK_CREATED, createdData(taskId), "2026-03-01T11:30:00Z"),
                taskRecord(tenant, taskId, ids.get(3), TASK_ASSIGNED, assignedData(taskId), "2026-03-01T12:00:00Z"));
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM webhook_event WHERE tenant = ?", tenant) == 4);
        String webhook = api.register(webhook(target(), TASK_ASSIGNED));
        assertThat(api.deliveries(webhook)).as("registered after the events").isEmpty();

        var response = api.post("/api/v1/webhooks/" + webhook + "/replay", "{\"from\":\"2026-03-01T10:30:00Z\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(api.read(response).get("enqueued").asInt()).isEqualTo(2);
        JsonNode log = api.awaitSettled(webhook, 2);
        assertThat(log.get(0).get("cause").asText()).isEqualTo("REPLAY");
        assertThat(eventIds(received())).containsExactly(ids.get(1), ids.get(3));
    }

    private String target() {
        return RECEIVER.baseUrl() + path;
    }

    /** What the receiver got on this test's path, in the order it arrived. */
    private List<LoggedRequest> received() {
        List<LoggedRequest> requests = new ArrayList<>();
        RECEIVER.getAllServeEvents().forEach(event -> {
            if (event.getRequest().getUrl().equals(path)) {
                requests.add(0, event.getRequest());
            }
        });
        return requests;
    }

    private List<String> eventIds(List<LoggedRequest> requests) {
        return requests.stream().map(request -> read(request).get("id").asText()).toList();
    }

    private static List<Integer> statusCodes(JsonNode delivery) {
        List<Integer> codes = new ArrayList<>();
        delivery.get("attemptLog").forEach(attempt -> codes.add(attempt.get("statusCode").asInt()));
        return codes;
    }

    /** Verifies the signature the way docs/webhooks.md tells receivers to. */
    private static void assertSignedWithTheSecret(LoggedRequest request) {
        Map<String, String> parts = new TreeMap<>();
        for (String part : request.getHeader("Ledgerline-Signature").split(",")) {
            String[] pair = part.split("=", 2);
            parts.put(pair[0], pair[1]);
        }
        long timestamp = Long.parseLong(parts.get("t"));
        assertThat(Math.abs(System.currentTimeMillis() / 1000 - timestamp)).isLessThan(300);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((parts.get("t") + ".").getBytes(StandardCharsets.UTF_8));
            assertThat(parts.get("v1")).isEqualTo(HexFormat.of().formatHex(mac.doFinal(request.getBody())));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private JsonNode read(LoggedRequest request) {
        try {
            return json.readTree(request.getBody());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private long count(String query, Object... arguments) {
        Long count = jdbc.queryForObject(query, Long.class, arguments);
        return count == null ? 0 : count;
    }
}
