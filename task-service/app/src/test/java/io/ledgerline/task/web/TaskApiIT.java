package io.ledgerline.task.web;

import static io.ledgerline.task.TaskApiClient.WAIT;
import static io.ledgerline.task.TaskApiClient.send;
import static io.ledgerline.task.TaskFixtures.MEMBER;
import static io.ledgerline.task.TaskFixtures.OTHER_MEMBER;
import static io.ledgerline.task.TaskFixtures.OTHER_TENANT;
import static io.ledgerline.task.TaskFixtures.projectCreatedRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.contract.EventCatalog;
import io.ledgerline.task.TaskApiClient;
import io.ledgerline.task.api.TaskEvents;
import io.ledgerline.testsupport.JsonSchemaAssertions;
import io.ledgerline.testsupport.KafkaRecords;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

@LedgerlineIntegrationTest
class TaskApiIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @LocalManagementPort
    int managementPort;

    private TaskApiClient api;

    @BeforeEach
    void setUp() {
        api = new TaskApiClient(http, jdbc);
    }

    @Test
    void createsATaskInAProjectLearntFromProjectEvents() {
        String projectId = api.activeProject();

        ResponseEntity<String> created = api.createTask("""
                {"projectId":"%s","title":"Design review","priority":"HIGH","estimateHours":8.5,
                 "dueDate":"2026-12-18"}""".formatted(projectId));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode task = api.read(created);
        String taskId = task.get("taskId").asText();
        assertThat(created.getHeaders().getLocation()).hasPath("/api/v1/tasks/" + taskId);
        assertThat(created.getHeaders().getETag()).isEqualTo("\"2\"");
        assertThat(task.get("status").asText()).isEqualTo("TODO");
        assertThat(task.get("estimateHours").decimalValue()).isEqualByComparingTo("8.5");
        assertThat(task.get("dueDate").asText()).isEqualTo("2026-12-18");
        var record = KafkaRecords.awaitRecords(TestKafka.instance().bootstrapServers(), TaskEvents.CATALOG.topic(),
                r -> taskId.equals(r.key()), 1, WAIT).get(0);
        JsonSchemaAssertions.assertMatchesSchema(EventCatalog.schemaResource("ledgerline.task.TaskCreated.v1"),
                new String(record.value(), StandardCharsets.UTF_8));
    }

    @Test
    void createsOnceForARepeatedIdempotencyKey() {
        String projectId = api.activeProject();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", UUID.randomUUID().toString());
        HttpEntity<String> request = new HttpEntity<>("""
                {"projectId":"%s","title":"Only once"}""".formatted(projectId), headers);

        ResponseEntity<String> first = http.postForEntity("/api/v1/tasks", request, String.class);
        ResponseEntity<String> again = http.postForEntity("/api/v1/tasks", request, String.class);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(api.count("SELECT count(*) FROM task_summary WHERE project_id = ?", projectId)).isOne();
    }

    @Test
    void neverShowsAnotherTenantsTask() {
        String projectId = api.activeProject();
        String foreign = UUID.randomUUID().toString();
        jdbc.update("""
                INSERT INTO task_summary (task_id, tenant, project_id, title, priority, status, version, created_at,
                    updated_at)
                VALUES (?, ?, ?, 'Theirs', 'NORMAL', 'TODO', 0, now(), now())""", foreign, OTHER_TENANT, projectId);

        assertThat(api.get("/api/v1/tasks/" + foreign).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(ids("/api/v1/tasks?projectId=" + projectId)).isEmpty();
        assertThat(api.get("/api/v1/tasks/" + foreign + "/comments").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void refusesATaskForAnUnknownProjectWith422Problem() {
        ResponseEntity<String> refused = api.createTask("""
                {"projectId":"%s","title":"Nowhere"}""".formatted(UUID.randomUUID()));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody()).contains("is not a known, active project");
    }

    @Test
    void rejectsInvalidFieldsWith400NamingThem() {
        ResponseEntity<String> refused = api.createTask("""
                {"projectId":"not-a-uuid","title":" ","estimateHours":1.234}""");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(api.read(refused).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("projectId", "title", "estimateHours");
    }

    @Test
    void answers404ForATaskThatDoesNotExist() {
        String unknown = UUID.randomUUID().toString();

        assertThat(api.get("/api/v1/tasks/" + unknown).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> change = api.exchange(PUT, "/api/v1/tasks/" + unknown + "/status",
                "{\"status\":\"IN_PROGRESS\"}", null);
        assertThat(change.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(change.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void appliesARedeliveredProjectEventOnce() {
        String projectId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String otherProjectId = UUID.randomUUID().toString();

        send(projectCreatedRecord(projectId, eventId), projectCreatedRecord(projectId, eventId),
                projectCreatedRecord(otherProjectId));
        // records of one partition are applied in order; the later project is known once both copies were seen
        await().atMost(WAIT).until(() -> api.count("SELECT count(*) FROM known_project WHERE project_id = ?",
                otherProjectId) == 1);
        await().atMost(WAIT).until(() -> api.count("SELECT count(*) FROM processed_event WHERE event_id = ?",
                eventId) == 1);

        assertThat(api.count("SELECT events_applied FROM known_project WHERE project_id = ?", projectId)).isOne();
    }

    @Test
    void walksTheWorkflowAndRefusesAnIllegalMoveWith409NamingTheRule() {
        String taskId = api.task(api.activeProject(), "Workflow");

        assertThat(status(taskId, "IN_PROGRESS").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(status(taskId, "DONE").getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> illegal = status(taskId, "IN_REVIEW");
        assertThat(status(taskId, "IN_PROGRESS").getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(illegal.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.read(illegal).get("detail").asText())
                .isEqualTo("the workflow does not allow DONE -> IN_REVIEW; from DONE only [IN_PROGRESS]");
        assertThat(api.read(api.get("/api/v1/tasks/" + taskId)).get("status").asText()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void refusesAChangeBasedOnAStaleVersionWith412() {
        String taskId = api.task(api.activeProject(), "Concurrent");
        String etag = api.get("/api/v1/tasks/" + taskId).getHeaders().getETag();

        ResponseEntity<String> first = api.exchange(PUT, "/api/v1/tasks/" + taskId + "/estimate",
                "{\"hours\":3}", etag);
        ResponseEntity<String> stale = api.exchange(PUT, "/api/v1/tasks/" + taskId + "/due-date",
                "{\"dueDate\":\"2026-12-01\"}", etag);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getHeaders().getETag()).isEqualTo("\"1\"");
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
        assertThat(stale.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(api.exchange(PUT, "/api/v1/tasks/" + taskId + "/due-date", "{\"dueDate\":\"2026-12-01\"}",
                first.getHeaders().getETag()).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void assignsOnlyCurrentMembersOfTheProject() {
        String taskId = api.task(api.activeProject(MEMBER, OTHER_MEMBER), "Pairing");

        assertThat(assign(taskId, MEMBER).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> both = assign(taskId, OTHER_MEMBER);
        ResponseEntity<String> stranger = assign(taskId, "mallory");
        ResponseEntity<String> unassigned = api.exchange(DELETE, "/api/v1/tasks/" + taskId + "/assignees/" + MEMBER,
                null, null);

        assertThat(api.read(both).get("assignees").toString()).isEqualTo("[\"bob\",\"carol\"]");
        assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(api.read(stranger).get("detail").asText()).contains("user mallory is not a current member");
        assertThat(api.read(unassigned).get("assignees").toString()).isEqualTo("[\"carol\"]");
    }

    @Test
    void keepsCommentsInOrderWithTheCallerAsAuthor() {
        String taskId = api.task(api.activeProject(), "Discussed");

        ResponseEntity<String> first = api.exchange(POST, "/api/v1/tasks/" + taskId + "/comments",
                "{\"text\":\"First\"}", null);
        api.exchange(POST, "/api/v1/tasks/" + taskId + "/comments", "{\"text\":\"Second\"}", null);
        api.exchange(POST, "/api/v1/tasks/" + taskId + "/comments", "{\"text\":\"Third\"}", null);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(api.get(first.getHeaders().getLocation().getPath()).getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode comments = api.read(api.get("/api/v1/tasks/" + taskId + "/comments"));
        assertThat(comments.findValuesAsText("text")).containsExactly("First", "Second", "Third");
        assertThat(comments.findValuesAsText("authorId")).hasSize(3).containsOnly(callerOf(taskId));
    }

    @Test
    void refusesACycleAndDoneWhileABlockerIsOpenWith409() {
        String projectId = api.activeProject();
        String first = api.task(projectId, "First");
        String second = api.task(projectId, "Second");
        String third = api.task(projectId, "Third");
        assertThat(block(second, first).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(block(third, second).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<String> cycle = block(first, third);
        status(second, "IN_PROGRESS");
        ResponseEntity<String> blockedDone = status(second, "DONE");
        ResponseEntity<String> otherProject = block(first, api.task(api.activeProject(), "Elsewhere"));

        assertThat(cycle.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.read(cycle).get("detail").asText()).contains("dependencies must not form a cycle");
        assertThat(blockedDone.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.read(blockedDone).get("detail").asText()).contains("blocked by open tasks [" + first + "]");
        assertThat(otherProject.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(api.read(api.get("/api/v1/tasks/" + third)).get("blockedBy").toString())
                .isEqualTo("[\"" + second + "\"]");
        assertThat(api.exchange(DELETE, "/api/v1/tasks/" + second + "/dependencies/" + first, null, null)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(status(second, "DONE").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void listsTasksByFiltersInBoundedPages() {
        String projectId = api.activeProject(MEMBER);
        String early = api.task(projectId, "Early");
        String late = api.task(projectId, "Late");
        String assigned = api.task(projectId, "Assigned");
        api.exchange(PUT, "/api/v1/tasks/" + early + "/due-date", "{\"dueDate\":\"2026-12-01\"}", null);
        api.exchange(PUT, "/api/v1/tasks/" + late + "/due-date", "{\"dueDate\":\"2027-01-15\"}", null);
        assign(assigned, MEMBER);
        status(assigned, "IN_PROGRESS");
        String tasks = "/api/v1/tasks?projectId=" + projectId;

        assertThat(ids(tasks)).containsExactlyInAnyOrder(early, late, assigned);
        assertThat(ids(tasks + "&dueBefore=2027-01-01")).containsExactly(early);
        assertThat(ids(tasks + "&assignee=" + MEMBER)).containsExactly(assigned);
        assertThat(ids(tasks + "&status=IN_PROGRESS")).containsExactly(assigned);
        JsonNode page = api.read(api.get(tasks + "&size=2&page=1"));
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("total").asLong()).isEqualTo(3);
        ResponseEntity<String> tooLarge = api.get(tasks + "&size=101");
        assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.read(tooLarge).get("errors").findValuesAsText("field")).containsExactly("size");
        assertThat(api.get(tasks + "&status=SLEEPING").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void showsHistoryAndTheTaskAsItStoodAtAnEarlierInstant() {
        String taskId = api.task(api.activeProject(), "Audited");
        status(taskId, "IN_PROGRESS");
        await().atMost(WAIT).until(() -> Instant.now().isAfter(lastEventTime(taskId)));
        Instant between = Instant.now();
        status(taskId, "IN_REVIEW");

        JsonNode history = api.read(api.get("/api/v1/tasks/" + taskId + "/history"));
        JsonNode asOf = api.read(api.get("/api/v1/tasks/" + taskId + "?asOf=" + between));

        assertThat(history.findValuesAsText("type")).containsExactly("TaskCreated", "TaskStatusChanged",
                "TaskStatusChanged");
        assertThat(history.findValuesAsText("actor")).containsOnly(callerOf(taskId));
        assertThat(asOf.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(asOf.get("version").asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/tasks/" + taskId + "?asOf=2000-01-01T00:00:00Z").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void describesItsApiInOpenApiAndCountsTasks() {
        api.task(api.activeProject(), "Counted");
        String management = "http://127.0.0.1:" + managementPort;

        String openApi = api.get("/v3/api-docs").getBody();
        JsonNode created = api.read(api.get(management + "/actuator/metrics/ledgerline.tasks.created"));
        JsonNode todo = api.read(api.get(management
                + "/actuator/metrics/ledgerline.tasks.by.status?tag=status:TODO"));

        assertThat(openApi).contains("/api/v1/tasks/{taskId}/status", "/api/v1/tasks/{taskId}/assignees",
                "/api/v1/tasks/{taskId}/comments", "/api/v1/tasks/{taskId}/dependencies",
                "/api/v1/tasks/{taskId}/estimate", "/api/v1/tasks/{taskId}/due-date", "/api/v1/tasks/{taskId}/history");
        assertThat(created.get("measurements").get(0).get("value").asDouble()).isGreaterThanOrEqualTo(1);
        assertThat(todo.get("measurements").get(0).get("value").asDouble()).isGreaterThanOrEqualTo(1);
    }

    /** The actor the platform recorded on the task's first event: the authenticated caller of the tests. */
    private String callerOf(String taskId) {
        String actor = jdbc.queryForObject("""
                SELECT convert_from(meta_data, 'UTF8')::json ->> 'actor' FROM domain_event_entry
                WHERE aggregate_identifier = ? AND sequence_number = 0""", String.class, taskId);
        assertThat(actor).isNotBlank();
        return actor;
    }

    private Instant lastEventTime(String taskId) {
        return Instant.parse(jdbc.queryForObject(
                "SELECT max(time_stamp) FROM domain_event_entry WHERE aggregate_identifier = ?", String.class,
                taskId));
    }

    private List<String> ids(String path) {
        ResponseEntity<String> response = api.get(path);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return StreamSupport.stream(api.read(response).get("items").spliterator(), false)
                .map(item -> item.get("taskId").asText()).toList();
    }

    private ResponseEntity<String> status(String taskId, String status) {
        return api.exchange(PUT, "/api/v1/tasks/" + taskId + "/status", "{\"status\":\"" + status + "\"}", null);
    }

    private ResponseEntity<String> assign(String taskId, String userId) {
        return api.exchange(POST, "/api/v1/tasks/" + taskId + "/assignees", "{\"userId\":\"" + userId + "\"}", null);
    }

    private ResponseEntity<String> block(String taskId, String blockerId) {
        return api.exchange(POST, "/api/v1/tasks/" + taskId + "/dependencies",
                "{\"blockerTaskId\":\"" + blockerId + "\"}", null);
    }
}
