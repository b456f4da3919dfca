package io.ledgerline.task.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.task.TaskApiClient;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.TestIdentity;
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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every endpoint that takes an id answers another tenant's caller with 404 and changes nothing; fields a client
 * must not set are ignored; a call that skips the gateway without a token is refused.
 */
@LedgerlineIntegrationTest
class TenancyIT {

    private static final String MEMBER = "mia";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    TaskApiClient api;
    String taskId;
    String blockerId;
    String commentId;

    @BeforeEach
    void setUp() {
        api = new TaskApiClient(http, jdbc);
        String projectId = api.activeProject(MEMBER);
        taskId = api.task(projectId, "Ours");
        blockerId = api.task(projectId, "Blocker");
        api.exchange(HttpMethod.POST, "/api/v1/tasks/" + taskId + "/assignees", "{\"userId\":\"" + MEMBER + "\"}",
                null);
        api.exchange(HttpMethod.POST, "/api/v1/tasks/" + taskId + "/dependencies",
                "{\"blockerTaskId\":\"" + blockerId + "\"}", null);
        commentId = api.read(api.exchange(HttpMethod.POST, "/api/v1/tasks/" + taskId + "/comments",
                "{\"text\":\"first\"}", null)).get("commentId").asText();
    }

    @Test
    void everyEndpointWithAnIdAnswersAnotherTenantWith404AndChangesNothing() {
        long eventsBefore = events();
        String task = "/api/v1/tasks/" + taskId;
        List<Probe> probes = List.of(
                new Probe(HttpMethod.GET, task, null),
                new Probe(HttpMethod.GET, task + "?asOf=2100-01-01T00:00:00Z", null),
                new Probe(HttpMethod.GET, task + "/history", null),
                new Probe(HttpMethod.GET, task + "/comments", null),
                new Probe(HttpMethod.GET, task + "/comments/" + commentId, null),
                new Probe(HttpMethod.PUT, task + "/status", "{\"status\":\"CANCELLED\"}"),
                new Probe(HttpMethod.POST, task + "/assignees", "{\"userId\":\"" + MEMBER + "\"}"),
                new Probe(HttpMethod.DELETE, task + "/assignees/" + MEMBER, null),
                new Probe(HttpMethod.PUT, task + "/estimate", "{\"hours\":3}"),
                new Probe(HttpMethod.PUT, task + "/due-date", "{\"dueDate\":\"2030-01-01\"}"),
                new Probe(HttpMethod.POST, task + "/dependencies", "{\"blockerTaskId\":\"" + blockerId + "\"}"),
                new Probe(HttpMethod.DELETE, task + "/dependencies/" + blockerId, null),
                new Probe(HttpMethod.POST, task + "/comments", "{\"text\":\"sneaky\"}"));

        for (Probe probe : probes) {
            assertThat(asOtherTenant(probe).getStatusCode()).as(probe.toString()).isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(events()).as("no event was stored").isEqualTo(eventsBefore);
        assertThat(api.read(api.get(task)).get("status").asText()).isEqualTo("TODO");
    }

    @Test
    void listsShowNothingOfAnotherTenant() {
        var listed = asOtherTenant(new Probe(HttpMethod.GET, "/api/v1/tasks?assignee=" + MEMBER, null));

        assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(listed.getBody()).doesNotContain(taskId);
    }

    @Test
    void fieldsAClientMustNotSetAreIgnored() {
        String projectId = api.activeProject();
        JsonNode created = api.read(api.createTask("""
                {"projectId":"%s","title":"Plain","tenant":"globex","status":"DONE","version":42,
                 "taskId":"00000000-0000-0000-0000-000000000001"}""".formatted(projectId)));

        assertThat(created.get("status").asText()).isEqualTo("TODO");
        assertThat(created.get("version").asLong()).isZero();
        assertThat(created.get("taskId").asText()).isNotEqualTo("00000000-0000-0000-0000-000000000001");
        assertThat(jdbc.queryForObject("SELECT tenant FROM task_summary WHERE task_id = ?", String.class,
                created.get("taskId").asText())).isEqualTo("demo");
    }

    @Test
    void aDirectCallWithoutATokenIsRefused() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v1/tasks/" + taskId)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    private org.springframework.http.ResponseEntity<String> asOtherTenant(Probe probe) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(TestIdentity.instance().token("globex", "mallory", "admin", "manager", "member"));
        return http.exchange(probe.path(), probe.method(), new HttpEntity<>(probe.body(), headers), String.class);
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    private record Probe(HttpMethod method, String path, String body) {
    }
}
