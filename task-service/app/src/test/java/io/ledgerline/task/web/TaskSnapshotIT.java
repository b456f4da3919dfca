package io.ledgerline.task.web;

import static io.ledgerline.task.TaskFixtures.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.POST;

import io.ledgerline.task.TaskApiClient;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** A task with a long discussion is snapshotted and keeps its state when loaded from the snapshot. */
@LedgerlineIntegrationTest
@TestPropertySource(properties = "ledgerline.snapshots.threshold=3")
class TaskSnapshotIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void loadsATaskFromItsSnapshotWithItsAssignees() {
        TaskApiClient api = new TaskApiClient(http, jdbc);
        String taskId = api.task(api.activeProject(MEMBER), "Long discussion");
        assertThat(api.exchange(POST, "/api/v1/tasks/" + taskId + "/assignees", """
                {"userId":"%s"}""".formatted(MEMBER), null).getStatusCode()).isEqualTo(HttpStatus.OK);
        for (int i = 0; i < 5; i++) {
            assertThat(api.exchange(POST, "/api/v1/tasks/" + taskId + "/comments", """
                    {"text":"comment %d"}""".formatted(i), null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
        Long snapshotAt = jdbc.queryForObject("SELECT max(sequence_number) FROM snapshot_event_entry "
                + "WHERE aggregate_identifier = ?", Long.class, taskId);
        assertThat(snapshotAt).isNotNull();
        assertThat(new String(jdbc.queryForObject("SELECT payload FROM snapshot_event_entry WHERE "
                + "aggregate_identifier = ? AND sequence_number = ?", byte[].class, taskId, snapshotAt),
                StandardCharsets.UTF_8)).contains("\"assignees\":[\"" + MEMBER + "\"]");

        // only the snapshot still knows the assignee: assigning again must change nothing
        jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number <= ?",
                taskId, snapshotAt);
        assertThat(api.exchange(POST, "/api/v1/tasks/" + taskId + "/assignees", """
                {"userId":"%s"}""".formatted(MEMBER), null).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(api.count("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND "
                + "payload_type LIKE '%TaskAssigned%'", taskId)).isZero();
        assertThat(api.exchange(POST, "/api/v1/tasks/" + taskId + "/comments", """
                {"text":"after the snapshot"}""", null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }
}
