package io.ledgerline.webhook.web;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.ledgerline.webhook.StandardWebhooksReceiver.verifies;
import static io.ledgerline.webhook.WebhookApiClient.adminToken;
import static io.ledgerline.webhook.WebhookApiClient.send;
import static io.ledgerline.webhook.WebhookFixtures.SECRET;
import static io.ledgerline.webhook.WebhookFixtures.TASK_ASSIGNED;
import static io.ledgerline.webhook.WebhookFixtures.assigned;
import static io.ledgerline.webhook.WebhookFixtures.newId;
import static io.ledgerline.webhook.WebhookFixtures.newTenant;
import static io.ledgerline.webhook.WebhookFixtures.webhook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.TestIdentity;
import io.ledgerline.webhook.WebhookApiClient;
import io.ledgerline.webhook.WebhookFixtures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Secret rotation through the API with real tokens: admins only, the new secret shown once and never stored in the
 * clear, and deliveries signed with the new and the replaced secret during the overlap, with the new one alone
 * after it. How the overlap runs out as time passes is {@code DeliverySignerTest}'s moving clock.
 */
@LedgerlineIntegrationTest
class SecretRotationIT {

    @RegisterExtension
    static final WireMockExtension RECEIVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    private String tenant;
    private String path;
    private WebhookApiClient api;

    @BeforeEach
    void setUp() {
        tenant = newTenant();
        path = "/rotation/" + tenant;
        api = new WebhookApiClient(http, tenant);
        RECEIVER.stubFor(post(urlEqualTo(path)).willReturn(ok()));
    }

    @Test
    void anAdminRotatesAndSeesTheNewSecretOnceWhileTheOldOneSignsForTheDefaultOverlap() {
        String id = api.register(webhook(RECEIVER.baseUrl() + path, TASK_ASSIGNED));

        ResponseEntity<String> rotated = rotate(id, null, adminToken(tenant));

        assertThat(rotated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rotated.getHeaders().getCacheControl()).isEqualTo("no-store");
        JsonNode body = api.read(rotated);
        String secret = body.get("secret").asText();
        assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(40);
        assertThat(Instant.parse(body.get("previousSecretValidUntil").asText()))
                .isCloseTo(Instant.now().plus(24, ChronoUnit.HOURS), within(1, ChronoUnit.MINUTES));
        for (String read : List.of("/api/v1/webhooks", "/api/v1/webhooks/" + id)) {
            assertThat(api.exchange(HttpMethod.GET, read, null, adminToken(tenant)).getBody()).doesNotContain(secret);
        }
        assertThat(WebhookFixtures.contains(storedBytes(id), secret)).as("stored sealed only").isFalse();
        assertThat(WebhookFixtures.contains(storedBytes(id), SECRET)).as("the replaced one too").isFalse();

        String event = newId();
        send(assigned(tenant, newId(), event));
        LoggedRequest delivered = awaitDelivery(event);
        assertThat(verifies(secret, delivered)).as("new secret").isTrue();
        assertThat(verifies(SECRET, delivered)).as("replaced secret, within the overlap").isTrue();
        assertThat(delivered.getHeader("webhook-signature").split(" ")).hasSize(2);
        assertThat(delivered.getHeader("Ledgerline-Signature").split(",v1=")).hasSize(3);
    }

    @Test
    void afterTheOverlapOnlyTheNewSecretSigns() {
        String id = api.register(webhook(RECEIVER.baseUrl() + path, TASK_ASSIGNED));
        String first = api.read(rotate(id, null, adminToken(tenant))).get("secret").asText();

        ResponseEntity<String> leaked = rotate(id, "{\"overlap\":\"PT0S\"}", adminToken(tenant));

        assertThat(leaked.getStatusCode()).isEqualTo(HttpStatus.OK);
        String secret = api.read(leaked).get("secret").asText();
        String event = newId();
        send(assigned(tenant, newId(), event));
        LoggedRequest delivered = awaitDelivery(event);
        assertThat(verifies(secret, delivered)).isTrue();
        assertThat(verifies(first, delivered)).as("its overlap is over").isFalse();
        assertThat(verifies(SECRET, delivered)).as("replaced two rotations ago").isFalse();
        assertThat(delivered.getHeader("webhook-signature")).doesNotContain(" ");
        assertThat(delivered.getHeader("Ledgerline-Signature").split(",v1=")).hasSize(2);
    }

    @Test
    void othersCannotRotateAndNothingChanges() {
        String id = api.register(webhook(RECEIVER.baseUrl() + path, TASK_ASSIGNED));
        byte[] before = storedBytes(id);
        String manager = TestIdentity.instance().token(tenant, "mo", "manager", "member");
        String member = TestIdentity.instance().token(tenant, "mia", "member");
        String integration = TestIdentity.instance().token(claims -> claims.claim("tenant", tenant)
                .subject(tenant + "-integration").claim("roles", List.of()).claim("scope", "events.read api.read"));

        for (String token : List.of(manager, member, integration)) {
            ResponseEntity<String> refused = rotate(id, null, token);
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).doesNotContain("whsec_");
        }
        ResponseEntity<String> stranger = rotate(id, null, adminToken(newTenant()));
        assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rotate(newId(), null, adminToken(tenant)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(storedBytes(id)).as("secret unchanged").isEqualTo(before);
    }

    @Test
    void refusesAnOverlapOutOfBoundsAndAnIdempotencyKeyWithoutRotating() {
        String id = api.register(webhook(RECEIVER.baseUrl() + path, TASK_ASSIGNED));
        byte[] before = storedBytes(id);
        HttpHeaders keyed = headers(adminToken(tenant));
        keyed.set("Idempotency-Key", newId());

        ResponseEntity<String> tooLong = rotate(id, "{\"overlap\":\"P8D\"}", adminToken(tenant));
        ResponseEntity<String> negative = rotate(id, "{\"overlap\":\"-PT1S\"}", adminToken(tenant));
        ResponseEntity<String> notADuration = rotate(id, "{\"overlap\":\"soon\"}", adminToken(tenant));
        ResponseEntity<String> withKey = http.exchange("/api/v1/webhooks/" + id + "/rotate-secret", HttpMethod.POST,
                new HttpEntity<>(null, keyed), String.class);

        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(notADuration.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(withKey.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(withKey.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(withKey.getBody()).contains("Idempotency-Key").doesNotContain("whsec_");
        for (ResponseEntity<String> refused : List.of(tooLong, negative, notADuration)) {
            assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        }
        assertThat(storedBytes(id)).as("secret unchanged").isEqualTo(before);
    }

    private ResponseEntity<String> rotate(String id, String body, String token) {
        return http.exchange("/api/v1/webhooks/" + id + "/rotate-secret", HttpMethod.POST,
                new HttpEntity<>(body, headers(token)), String.class);
    }

    private static HttpHeaders headers(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return headers;
    }

    /** The webhook's stored secrets, the current one and the replaced one, as raw bytes. */
    private byte[] storedBytes(String id) {
        return jdbc.queryForObject("""
                SELECT sealed_secret || coalesce(previous_sealed_secret, ''::bytea)
                FROM webhook_subscription WHERE subscription_id = ?""", byte[].class, id);
    }

    private LoggedRequest awaitDelivery(String eventId) {
        return org.awaitility.Awaitility.await().atMost(WebhookApiClient.WAIT).until(() -> {
            List<LoggedRequest> found = new ArrayList<>();
            RECEIVER.getAllServeEvents().forEach(served -> {
                if (served.getRequest().getUrl().equals(path) && new String(served.getRequest().getBody(),
                        StandardCharsets.UTF_8).contains(eventId)) {
                    found.add(served.getRequest());
                }
            });
            return found;
        }, found -> !found.isEmpty()).get(0);
    }
}
