package io.ledgerline.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.TestIdentity;
import io.ledgerline.testsupport.fuzz.EventStoreProbe;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The test application's {@code ApiPolicy} at work: project-scoped grants decided before the handler (404 for an id
 * the tenant does not have, then 403), nothing stored for a refusal, money fields left out for callers without money
 * rights and marked in the OpenAPI document, deny by default, and Idempotency-Keys that are the caller's own.
 */
@AutoConfigureObservability
@LedgerlineIntegrationTest
class PolicyIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final TestIdentity IDENTITY = TestIdentity.instance();
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;

    private String noteId;

    @BeforeEach
    void writeANote() throws Exception {
        HttpResponse<String> created = send("POST", "/api/v1/notes", user("ada", "admin"), "{\"text\":\"priced\"}",
                null, null);
        assertThat(created.statusCode()).isEqualTo(201);
        noteId = JSON.readTree(created.body()).get("noteId").asText();
    }

    @Test
    void aMemberOfTheNoteReadsItWithoutMoneyAndItsManagerWithMoney() throws Exception {
        JsonNode member = JSON.readTree(price(user(NoteMemberships.MEMBER, "member")).body());
        JsonNode manager = JSON.readTree(price(user(NoteMemberships.MANAGER, "manager")).body());

        assertThat(member.has("price")).as("price in %s", member).isFalse();
        assertThat(member.get("currency").asText()).isEqualTo("EUR");
        assertThat(manager.get("price").decimalValue()).isEqualByComparingTo("120.50");
    }

    @Test
    void adminFinanceAndAFinanceReadClientSeeMoneyAnApiReadClientDoesNot() throws Exception {
        assertThat(JSON.readTree(price(user("ada", "admin")).body()).has("price")).isTrue();
        assertThat(JSON.readTree(price(user("fin", "finance")).body()).has("price")).isTrue();
        assertThat(JSON.readTree(price(client("api.read finance.read")).body()).has("price")).isTrue();
        JsonNode apiRead = JSON.readTree(price(client("api.read")).body());
        assertThat(apiRead.has("price")).isFalse();
        assertThat(apiRead.get("noteId").asText()).isEqualTo(noteId);
    }

    @Test
    void aManagerOrMemberOutsideTheNoteIsRefusedWith403() throws Exception {
        HttpResponse<String> stranger = price(user("max", "manager"));

        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(stranger.headers().firstValue("Content-Type")).contains("application/problem+json");
    }

    @Test
    void aMemberMayNotAmendAndNothingIsStoredWhileTheManagerMay() throws Exception {
        EventStoreProbe events = new EventStoreProbe(dataSource);
        long mark = events.maxGlobalIndex();

        HttpResponse<String> member = amend(user(NoteMemberships.MEMBER, "member"), "refused-" + noteId, null);
        HttpResponse<String> manager = amend(user(NoteMemberships.MANAGER, "manager"), "allowed-" + noteId, null);

        assertThat(member.statusCode()).isEqualTo(403);
        assertThat(member.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(events.changesSince(mark, "refused-" + noteId)).isEmpty();
        assertThat(manager.statusCode()).isEqualTo(204);
        assertThat(events.changesSince(mark, "allowed-" + noteId)).hasSize(1);
    }

    @Test
    void anIdTheTenantDoesNotHaveIs404BeforeAnyScopedPermissionIsJudged() throws Exception {
        String strangerManager = user("max", "manager");
        String otherTenant = IDENTITY.token("globex", NoteMemberships.MANAGER, "manager");
        String unknown = "/api/v1/notes/" + UUID.randomUUID();

        assertThat(send("POST", unknown + "/amendments", strangerManager, "{\"text\":\"x\"}", null, null)
                .statusCode()).isEqualTo(404);
        assertThat(send("GET", unknown + "/price", user(NoteMemberships.MEMBER, "member"), null, null, null)
                .statusCode()).isEqualTo(404);
        assertThat(send("POST", "/api/v1/notes/" + noteId + "/amendments", otherTenant, "{\"text\":\"x\"}", null,
                null).statusCode()).isEqualTo(404);
    }

    @Test
    void aRoleThatMayNeverDoItIs403WhateverTheId() throws Exception {
        assertThat(send("POST", "/api/v1/notes/" + UUID.randomUUID() + "/amendments",
                user(NoteMemberships.MEMBER, "member"), "{\"text\":\"x\"}", null, null).statusCode())
                .isEqualTo(403);
    }

    @Test
    void whatThePolicyDoesNotNameIsDenied() throws Exception {
        String operator = IDENTITY.token("platform", "ops-admin", "operator");

        assertThat(send("POST", "/api/v1/notes", operator, "{\"text\":\"x\"}", null, null).statusCode())
                .isEqualTo(403);
        assertThat(send("GET", "/api/v1/ops/ping", operator, null, null, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/v1/ops/ping", user("ada", "admin"), null, null, null).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aMemberRepeatingAnAdminsIdempotencyKeyRunsTheirOwnRequest() throws Exception {
        String key = "shared-" + noteId;
        String body = "{\"text\":\"keyed\"}";

        HttpResponse<String> admin = send("POST", "/api/v1/notes/" + noteId + "/amendments", user("ada", "admin"),
                body, key, null);
        HttpResponse<String> member = send("POST", "/api/v1/notes/" + noteId + "/amendments",
                user(NoteMemberships.MEMBER, "member"), body, key, null);

        assertThat(admin.statusCode()).isEqualTo(204);
        assertThat(member.statusCode()).isEqualTo(403);
        assertThat(member.headers().firstValue("Idempotency-Replayed")).isEmpty();
    }

    @Test
    void aRefusalIsNotRememberedUnderItsIdempotencyKeySoTheRetryIsJudgedAgain() throws Exception {
        String key = "refused-" + noteId;
        String member = user(NoteMemberships.MEMBER, "member");

        HttpResponse<String> first = send("POST", "/api/v1/notes/" + noteId + "/amendments", member,
                "{\"text\":\"mine\"}", key, null);
        HttpResponse<String> retry = send("POST", "/api/v1/notes/" + noteId + "/amendments", member,
                "{\"text\":\"mine\"}", key, null);

        assertThat(first.statusCode()).isEqualTo(403);
        assertThat(retry.statusCode()).isEqualTo(403);
        assertThat(retry.headers().firstValue("Idempotency-Replayed")).as("judged again, not replayed").isEmpty();
    }

    @Test
    void theOpenApiDocumentMarksMoneyFieldsAsPossiblyOmitted() throws Exception {
        JsonNode price = JSON.readTree(send("GET", "/v3/api-docs", null, null, null, null).body())
                .at("/components/schemas/NotePrice/properties/price");

        assertThat(price.path("x-ledgerline-money").asText()).isEqualTo("omitted-without-money-rights");
        assertThat(price.path("description").asText()).contains("omitted for callers without money rights");
    }

    private HttpResponse<String> price(String token) throws Exception {
        return send("GET", "/api/v1/notes/" + noteId + "/price", token, null, null, null);
    }

    private HttpResponse<String> amend(String token, String requestId, String key) throws Exception {
        return send("POST", "/api/v1/notes/" + noteId + "/amendments", token, "{\"text\":\"amended\"}", key,
                requestId);
    }

    private static String user(String subject, String role) {
        return IDENTITY.token("demo", subject, role);
    }

    private static String client(String scopes) {
        return IDENTITY.token(claims -> claims.claim("tenant", "demo").subject("demo-integration")
                .claim("scope", scopes));
    }

    private HttpResponse<String> send(String method, String path, String token, String body, String key,
                                      String requestId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
