package io.ledgerline.task.integration;

import static io.ledgerline.task.TaskApiClient.WAIT;
import static io.ledgerline.task.TaskApiClient.send;
import static io.ledgerline.task.TaskFixtures.MEMBER;
import static io.ledgerline.task.TaskFixtures.OTHER_MEMBER;
import static io.ledgerline.task.TaskFixtures.memberRemovedRecord;
import static io.ledgerline.task.TaskFixtures.statusChangedRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import io.ledgerline.platform.outbox.CloudEventHeaders;
import io.ledgerline.project.api.ProjectStatus;
import io.ledgerline.task.TaskApiClient;
import io.ledgerline.task.api.TaskEvents;
import io.ledgerline.testsupport.KafkaRecords;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.TestKafka;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** task-service's reactions to project-service's events, fed onto ledgerline.project.v1 as project-service would. */
@LedgerlineIntegrationTest
class ProjectReactionsIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    private TaskApiClient api;

    @BeforeEach
    void setUp() {
        api = new TaskApiClient(http, jdbc);
    }

    @Test
    void endsTheOpenAssignmentsOfAMemberWhoLeavesOnceThoughDeliveredTwice() {
        String projectId = api.activeProject(MEMBER, OTHER_MEMBER);
        String open = api.task(projectId, "Open");
        String done = api.task(projectId, "Done");
        assign(open, MEMBER);
        assign(open, OTHER_MEMBER);
        assign(done, MEMBER);
        status(done, "IN_PROGRESS");
        status(done, "DONE");
        String removal = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();

        // key = project id: the copies and the marker share a partition and are applied in this order
        send(memberRemovedRecord(projectId, MEMBER, removal), memberRemovedRecord(projectId, MEMBER, removal),
                memberRemovedRecord(projectId, "nobody", marker));
        await().atMost(WAIT).until(() -> api.count("SELECT count(*) FROM processed_event WHERE event_id = ?",
                marker) == 1);

        assertThat(api.count("SELECT count(*) FROM processed_event WHERE event_id = ?", removal)).isOne();
        assertThat(api.read(api.get("/api/v1/tasks/" + open)).get("assignees").toString())
                .isEqualTo("[\"carol\"]");
        assertThat(api.read(api.get("/api/v1/tasks/" + done)).get("assignees").toString())
                .as("a DONE task's assignment is history, not open work").isEqualTo("[\"bob\"]");
        assertThat(api.count("""
                SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?""",
                open, "%TaskUnassignedEvent")).isOne();
        assertThat(api.count("SELECT count(*) FROM project_member WHERE project_id = ? AND user_id = ?",
                projectId, MEMBER)).isZero();
        assertThat(assign(open, MEMBER).getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        var unassigned = KafkaRecords.awaitRecords(TestKafka.instance().bootstrapServers(),
                TaskEvents.CATALOG.topic(), r -> open.equals(r.key()) && "ledgerline.task.TaskUnassigned.v1".equals(
                        KafkaRecords.header(r, CloudEventHeaders.TYPE)), 1, WAIT).get(0);
        assertThat(new String(unassigned.value(), StandardCharsets.UTF_8))
                .contains("\"userId\":\"bob\"", "\"reason\":\"LEFT_PROJECT\"");
        assertThat(KafkaRecords.header(unassigned, CloudEventHeaders.CORRELATION_ID))
                .as("traceable to the removal's request").isEqualTo("req-" + removal);
        assertThat(KafkaRecords.header(unassigned, CloudEventHeaders.CAUSATION_ID))
                .as("caused by the removal").isEqualTo(removal);
        assertThat(KafkaRecords.header(unassigned, CloudEventHeaders.ACTOR)).isEqualTo("system:task-service");
        assertThat(KafkaRecords.header(unassigned, CloudEventHeaders.TENANT)).isNotBlank();
    }

    @Test
    void aCompletedProjectsTasksTakeNoNewWorkOnlyCancellation() {
        String projectId = api.activeProject(MEMBER);
        String taskId = api.task(projectId, "Wrapping up");

        send(statusChangedRecord(projectId, ProjectStatus.ACTIVE, ProjectStatus.COMPLETED));
        await().atMost(WAIT).until(() -> api.count(
                "SELECT count(*) FROM known_project WHERE project_id = ? AND status = 'COMPLETED'", projectId) == 1);

        ResponseEntity<String> newTask = api.createTask("""
                {"projectId":"%s","title":"Too late"}""".formatted(projectId));
        ResponseEntity<String> assignment = assign(taskId, MEMBER);
        ResponseEntity<String> started = status(taskId, "IN_PROGRESS");
        ResponseEntity<String> cancelled = status(taskId, "CANCELLED");

        assertThat(newTask.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(assignment.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.read(assignment).get("detail").asText()).contains("its tasks take no new work");
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.read(cancelled).get("status").asText()).isEqualTo("CANCELLED");
    }

    private ResponseEntity<String> assign(String taskId, String userId) {
        return api.exchange(POST, "/api/v1/tasks/" + taskId + "/assignees", "{\"userId\":\"" + userId + "\"}", null);
    }

    private ResponseEntity<String> status(String taskId, String status) {
        return api.exchange(PUT, "/api/v1/tasks/" + taskId + "/status", "{\"status\":\"" + status + "\"}", null);
    }
}
