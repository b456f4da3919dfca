package io.ledgerline.project.web;

import static io.ledgerline.project.ClientFixtures.registerClientJson;
import static io.ledgerline.project.ClientFixtures.uniqueName;
import static io.ledgerline.project.ProjectFixtures.createProjectJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.LedgerlineTestInfrastructure;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

@LedgerlineIntegrationTest
class ProjectHistoryIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(http, json);
    }

    @Test
    void tellsEveryChangeWithWhoWhenAndInWhichRequest() {
        String projectId = api.createProjectWithManager("ada");
        String base = "/api/v1/projects/" + projectId;
        api.send(HttpMethod.POST, base + "/rates", "{\"hourlyRate\":\"150\",\"effectiveFrom\":\"2026-09-01\"}",
                Map.of("X-Request-Id", "req-rate-" + projectId));

        JsonNode history = api.body(api.get(base + "/history"));

        assertThat(history.findValuesAsText("type"))
                .containsExactly("ProjectCreated", "ProjectMemberAdded", "ProjectRateChanged");
        JsonNode rate = history.get(2);
        assertThat(rate.get("version").asLong()).isEqualTo(2);
        assertThat(rate.get("actor").asText()).isEqualTo(LedgerlineTestInfrastructure.DEFAULT_USER);
        assertThat(rate.get("correlationId").asText()).isEqualTo("req-rate-" + projectId);
        assertThat(rate.get("eventId").asText()).isNotBlank();
        assertThat(Instant.parse(rate.get("time").asText())).isBeforeOrEqualTo(Instant.now());
        assertThat(rate.get("payload").get("rateVersion").asInt()).isEqualTo(1);
    }

    @Test
    void showsAProjectAsItStoodAtAnInstant() {
        String projectId = api.createProjectWithManager("ada");
        String base = "/api/v1/projects/" + projectId;
        Instant afterManager = Instant.parse(api.body(api.get(base + "/history")).get(1).get("time").asText());
        api.post(base + "/members", "{\"userId\":\"bob\",\"role\":\"MEMBER\",\"hourlyRate\":\"80\"}");
        api.send(HttpMethod.PUT, base + "/budget", "{\"hours\":\"100\"}", Map.of());
        api.send(HttpMethod.PUT, base + "/status", "{\"status\":\"ON_HOLD\"}", Map.of());
        JsonNode history = api.body(api.get(base + "/history"));
        Instant afterBob = Instant.parse(history.get(2).get("time").asText());

        ResponseEntity<String> then = api.get(base + "?asOf=" + afterManager);
        JsonNode withBob = api.body(api.get(base + "?asOf=" + afterBob));
        JsonNode now = api.body(api.get(base));

        assertThat(then.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(then.getHeaders().getETag()).isEqualTo("\"1\"");
        JsonNode thenBody = api.body(then);
        assertThat(thenBody.get("members").findValuesAsText("userId")).containsExactly("ada");
        assertThat(thenBody.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(thenBody.has("budget")).isFalse();
        assertThat(thenBody.get("defaultHourlyRate").decimalValue()).isEqualByComparingTo("120");
        assertThat(withBob.get("members").findValuesAsText("userId")).containsExactly("ada", "bob");
        assertThat(withBob.get("members").get(1).get("hourlyRate").decimalValue()).isEqualByComparingTo("80");
        assertThat(now.get("status").asText()).isEqualTo("ON_HOLD");
        assertThat(now.get("budget").get("hours").decimalValue()).isEqualByComparingTo("100");
        assertThat(now.get("version").asLong()).isEqualTo(4);
    }

    @Test
    void answersAnInstantBeforeTheProjectExistedWith404() {
        String projectId = api.createProject(api.registerClient());

        ResponseEntity<String> before = api.get("/api/v1/projects/" + projectId + "?asOf=2000-01-01T00:00:00Z");
        ResponseEntity<String> malformed = api.get("/api/v1/projects/" + projectId + "?asOf=yesterday");

        assertThat(before.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void createsAProjectOnceForOneIdempotencyKey() {
        String clientId = api.registerClient();
        String body = createProjectJson(clientId, "Once");
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        ResponseEntity<String> first = api.send(HttpMethod.POST, "/api/v1/projects", body, key);
        ResponseEntity<String> again = api.send(HttpMethod.POST, "/api/v1/projects", body, key);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(again.getHeaders().getETag()).isEqualTo(first.getHeaders().getETag());
        assertThat(api.body(again)).isEqualTo(api.body(first));
        assertThat(api.body(api.get("/api/v1/projects?clientId=" + clientId)).get("totalItems").asLong())
                .isEqualTo(1);
    }

    @Test
    void registersAClientOnceForOneIdempotencyKey() {
        String name = uniqueName("Once");
        String body = registerClientJson(name);
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        ResponseEntity<String> first = api.send(HttpMethod.POST, "/api/v1/clients", body, key);
        ResponseEntity<String> again = api.send(HttpMethod.POST, "/api/v1/clients", body, key);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM client_summary WHERE name = ?", Long.class, name))
                .isEqualTo(1);
    }
}
