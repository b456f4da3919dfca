package io.ledgerline.webhook.web;

import static io.ledgerline.webhook.WebhookApiClient.adminToken;
import static io.ledgerline.webhook.WebhookFixtures.SECRET;
import static io.ledgerline.webhook.WebhookFixtures.TASK_ASSIGNED;
import static io.ledgerline.webhook.WebhookFixtures.TASK_WILDCARD;
import static io.ledgerline.webhook.WebhookFixtures.newTenant;
import static io.ledgerline.webhook.WebhookFixtures.webhook;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.TestIdentity;
import io.ledgerline.webhook.WebhookApiClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The webhook API: admins of a tenant only, the tenant's webhooks only, secrets never shown. */
@LedgerlineIntegrationTest
class WebhookApiIT {

    private static final String TARGET = "http://127.0.0.1:9/hooks";

    @Autowired
    TestRestTemplate http;
    @LocalServerPort
    int port;

    private String tenant;
    private WebhookApiClient api;

    @BeforeEach
    void setUp() {
        tenant = newTenant();
        api = new WebhookApiClient(http, tenant);
    }

    @Test
    void registersListsReadsAndDeletesWithoutEverShowingTheSecret() {
        ResponseEntity<String> created = api.exchange(HttpMethod.POST, "/api/v1/webhooks",
                webhook(TARGET, TASK_ASSIGNED, TASK_WILDCARD, TASK_ASSIGNED), adminToken(tenant));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = api.read(created);
        String id = body.get("subscriptionId").asText();
        assertThat(created.getHeaders().getLocation()).isEqualTo(URI.create("/api/v1/webhooks/" + id));
        assertThat(body.get("targetUrl").asText()).isEqualTo(TARGET);
        assertThat(body.get("eventTypes")).hasSize(2);
        assertThat(body.get("createdBy").asText()).isEqualTo(tenant + "-admin");
        ResponseEntity<String> read = get("/api/v1/webhooks/" + id);
        ResponseEntity<String> list = get("/api/v1/webhooks");
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.read(list)).hasSize(1);
        assertThat(List.of(created.getBody(), read.getBody(), list.getBody()))
                .allSatisfy(json -> assertThat(json).doesNotContain(SECRET).doesNotContain("secret"));

        assertThat(api.exchange(HttpMethod.DELETE, "/api/v1/webhooks/" + id, null, adminToken(tenant))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(get("/api/v1/webhooks/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.read(get("/api/v1/webhooks"))).isEmpty();
    }

    @Test
    void refusesEventTypesNobodyPublishesAndInvalidFields() {
        ResponseEntity<String> unknownType = api.post("/api/v1/webhooks",
                webhook(TARGET, "ledgerline.task.TaskExploded.v1"));
        ResponseEntity<String> shortSecret = api.post("/api/v1/webhooks", """
                {"targetUrl":"%s","eventTypes":["%s"],"secret":"short"}""".formatted(TARGET, TASK_ASSIGNED));
        ResponseEntity<String> noTypes = api.post("/api/v1/webhooks", """
                {"targetUrl":"%s","eventTypes":[],"secret":"%s"}""".formatted(TARGET, SECRET));

        assertThat(unknownType.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(unknownType.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(unknownType.getBody()).contains("TaskExploded");
        assertThat(shortSecret.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noTypes.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void onlyAdminsOfTheTenantUseTheApiOthersGet403() {
        String id = api.register(webhook(TARGET, TASK_ASSIGNED));
        String manager = TestIdentity.instance().token(tenant, "mo", "manager", "member");
        String finance = TestIdentity.instance().token(tenant, "fin", "finance");
        String integration = TestIdentity.instance().token(claims -> claims.claim("tenant", tenant)
                .subject(tenant + "-integration").claim("roles", List.of()).claim("scope", "events.read api.read"));

        for (String token : List.of(manager, finance, integration)) {
            for (ResponseEntity<String> refused : List.of(
                    api.exchange(HttpMethod.GET, "/api/v1/webhooks", null, token),
                    api.exchange(HttpMethod.GET, "/api/v1/webhooks/" + id, null, token),
                    api.exchange(HttpMethod.GET, "/api/v1/webhooks/" + id + "/deliveries", null, token),
                    api.exchange(HttpMethod.POST, "/api/v1/webhooks", webhook(TARGET, TASK_ASSIGNED), token),
                    api.exchange(HttpMethod.POST, "/api/v1/webhooks/" + id + "/replay",
                            "{\"from\":\"2026-01-01T00:00:00Z\"}", token),
                    api.exchange(HttpMethod.DELETE, "/api/v1/webhooks/" + id, null, token))) {
                assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
                assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
            }
        }
        assertThat(get("/api/v1/webhooks/" + id).getStatusCode()).as("still there").isEqualTo(HttpStatus.OK);
    }

    @Test
    void anotherTenantsWebhookIsNotFoundAndStaysUntouched() {
        String id = api.register(webhook(TARGET, TASK_ASSIGNED));
        String stranger = adminToken(newTenant());
        String webhook = "/api/v1/webhooks/" + id;

        for (ResponseEntity<String> hidden : List.of(
                api.exchange(HttpMethod.GET, webhook, null, stranger),
                api.exchange(HttpMethod.GET, webhook + "/deliveries", null, stranger),
                api.exchange(HttpMethod.POST, webhook + "/replay", "{\"from\":\"2026-01-01T00:00:00Z\"}", stranger),
                api.exchange(HttpMethod.POST, webhook + "/deliveries/" + id + "/redeliver", null, stranger),
                api.exchange(HttpMethod.DELETE, webhook, null, stranger))) {
            assertThat(hidden.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(api.read(api.exchange(HttpMethod.GET, "/api/v1/webhooks", null, stranger))).isEmpty();
        assertThat(get(webhook).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aCallWithoutATokenIsRefused() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v1/webhooks")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void boundsTheDeliveryLogPage() {
        String id = api.register(webhook(TARGET, TASK_ASSIGNED));

        assertThat(get("/api/v1/webhooks/" + id + "/deliveries?limit=101").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get("/api/v1/webhooks/" + id + "/deliveries?limit=100").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<String> get(String path) {
        return api.exchange(HttpMethod.GET, path, null, adminToken(tenant));
    }
}
