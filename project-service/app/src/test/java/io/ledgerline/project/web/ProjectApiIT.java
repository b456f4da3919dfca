package io.ledgerline.project.web;

import static io.ledgerline.project.ProjectFixtures.createProjectJson;
import static io.ledgerline.project.ProjectFixtures.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.contract.EventCatalog;
import io.ledgerline.platform.outbox.CloudEventHeaders;
import io.ledgerline.project.api.ProjectEvents;
import io.ledgerline.testsupport.JsonSchemaAssertions;
import io.ledgerline.testsupport.KafkaRecords;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.TestKafka;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

@LedgerlineIntegrationTest
class ProjectApiIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    MeterRegistry meters;
    Api api;
    String clientId;

    @BeforeEach
    void setUp() {
        api = new Api(http, json);
        clientId = api.registerClient();
    }

    @Test
    void createsAProjectStoresItsEventAndPublishesIt() throws Exception {
        ResponseEntity<String> created = api.send(HttpMethod.POST, "/api/v1/projects",
                createProjectJson(clientId, "Website relaunch"), Map.of("X-Request-Id", "req-create-project-1"));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getFirst("X-Request-Id")).isEqualTo("req-create-project-1");
        assertThat(created.getHeaders().getETag()).isEqualTo("\"0\"");
        JsonNode body = api.body(created);
        String projectId = body.get("projectId").asText();
        assertThat(created.getHeaders().getLocation()).hasPath("/api/v1/projects/" + projectId);
        assertThat(body.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(body.get("currency").asText()).as("the client's").isEqualTo("EUR");
        assertThat(body.get("defaultHourlyRate").decimalValue()).isEqualByComparingTo("120.00");

        Map<String, Object> stored = jdbc.queryForMap("""
                SELECT event_identifier, convert_from(payload, 'UTF8') AS payload,
                       convert_from(meta_data, 'UTF8') AS meta_data
                FROM domain_event_entry WHERE aggregate_identifier = ?""", projectId);
        assertThat((String) stored.get("payload")).contains("\"name\":\"Website relaunch\"");
        assertThat((String) stored.get("meta_data")).contains("\"tenant\":\"demo\"",
                "\"correlationId\":\"req-create-project-1\"");

        ConsumerRecord<String, byte[]> record = KafkaRecords.awaitRecords(TestKafka.instance().bootstrapServers(),
                ProjectEvents.CATALOG.topic(), r -> projectId.equals(r.key()), 1, Duration.ofSeconds(30)).get(0);
        assertThat(KafkaRecords.header(record, CloudEventHeaders.TYPE))
                .isEqualTo("ledgerline.project.ProjectCreated.v1");
        assertThat(KafkaRecords.header(record, CloudEventHeaders.ID)).isEqualTo(stored.get("event_identifier"));
        assertThat(KafkaRecords.header(record, CloudEventHeaders.CORRELATION_ID)).isEqualTo("req-create-project-1");
        JsonSchemaAssertions.assertMatchesSchema(
                EventCatalog.schemaResource("ledgerline.project.ProjectCreated.v1"),
                new String(record.value(), StandardCharsets.UTF_8));
    }

    @Test
    void countsCreatedAndActiveProjects() {
        double before = meters.counter("ledgerline.projects.created", "tenant", "demo").count();

        api.createProject(clientId);

        assertThat(meters.counter("ledgerline.projects.created", "tenant", "demo").count()).isEqualTo(before + 1);
        assertThat(meters.get("ledgerline.projects.active").gauge().value()).isPositive();
    }

    @Test
    void readsAProjectBack() {
        String location = api.post("/api/v1/projects", createProjectJson(clientId, "Audit"))
                .getHeaders().getLocation().getPath();

        ResponseEntity<String> read = api.get(location);

        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getHeaders().getETag()).isEqualTo("\"0\"");
        assertThat(api.body(read).get("name").asText()).isEqualTo("Audit");
    }

    @Test
    void refusesASecondProjectWithTheSameCode() {
        String code = uniqueCode();
        String body = """
                {"clientId":"%s","name":"First","code":"%s","billingMode":"NON_BILLABLE"}""".formatted(clientId, code);
        api.post("/api/v1/projects", body);

        ResponseEntity<String> refused = api.post("/api/v1/projects", body.replace("First", "Second"));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody()).contains("already has a project with code " + code);
    }

    @Test
    void refusesAProjectForAnUnknownClientWith422() {
        ResponseEntity<String> refused = api.post("/api/v1/projects",
                createProjectJson("00000000-0000-0000-0000-000000000000", "Orphan"));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody()).contains("does not exist");
    }

    @Test
    void listsProjectsByClientStatusAndMemberInBoundedPages() {
        String first = api.createProject(clientId);
        String second = api.createProject(clientId);
        String third = api.createProject(clientId);
        api.post("/api/v1/projects/" + second + "/members", "{\"userId\":\"lin\",\"role\":\"MANAGER\"}");
        api.send(HttpMethod.PUT, "/api/v1/projects/" + third + "/status", "{\"status\":\"ON_HOLD\"}", Map.of());
        String ofClient = "/api/v1/projects?clientId=" + clientId;

        JsonNode all = api.body(api.get(ofClient + "&size=100"));
        JsonNode page = api.body(api.get(ofClient + "&page=1&size=2"));
        JsonNode onHold = api.body(api.get(ofClient + "&status=ON_HOLD"));
        JsonNode ofMember = api.body(api.get(ofClient + "&member=lin"));

        assertThat(all.get("items").findValuesAsText("projectId")).containsExactlyInAnyOrder(first, second, third);
        assertThat(all.get("totalItems").asLong()).isEqualTo(3);
        assertThat(page.get("items")).hasSize(1);
        assertThat(onHold.get("items").findValuesAsText("projectId")).containsExactly(third);
        assertThat(ofMember.get("items").findValuesAsText("projectId")).containsExactly(second);
        assertThat(ofMember.get("items").get(0).get("members").get(0).get("role").asText()).isEqualTo("MANAGER");
        assertThat(api.get(ofClient + "&size=101").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.get(ofClient + "&page=-1").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.get(ofClient + "&status=DONE").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void answersAnUnknownProjectWith404Problem() {
        ResponseEntity<String> read = api.get("/api/v1/projects/00000000-0000-0000-0000-000000000000");

        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(read.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void refusesInvalidFieldsWith400ProblemNamingThem() {
        ResponseEntity<String> refused = api.post("/api/v1/projects", """
                {"name":"","code":"lower case","currency":"EURO","billingMode":"TIME_AND_MATERIALS"}""");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(api.body(refused).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("clientId", "name", "code", "currency");
    }

    @Test
    void refusesBrokenJsonWith400Problem() {
        ResponseEntity<String> refused = api.post("/api/v1/projects", "{\"name\":");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void refusesAnUnknownCurrencyWith422ProblemAndStoresNothing() {
        long before = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);

        ResponseEntity<String> refused = api.post("/api/v1/projects", """
                {"clientId":"%s","name":"Strange money","code":"ODD-1","currency":"XYZ",
                 "billingMode":"TIME_AND_MATERIALS"}""".formatted(clientId));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody()).contains("ISO 4217");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isEqualTo(before);
    }

    @Test
    void servesTheOpenApiDocument() {
        ResponseEntity<String> docs = api.get("/v3/api-docs");

        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.body(docs).get("paths").has("/api/v1/projects/{projectId}/members")).isTrue();
    }
}
