package io.ledgerline.timetracking.integration;

import static io.ledgerline.timetracking.TimeApiClient.WAIT;
import static io.ledgerline.timetracking.TimeApiClient.bearer;
import static io.ledgerline.timetracking.TimeApiClient.send;
import static io.ledgerline.timetracking.TimeApiClient.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpMethod.POST;

import io.ledgerline.project.api.BillingMode;
import io.ledgerline.project.api.ProjectCreated;
import io.ledgerline.project.api.ProjectEvents;
import io.ledgerline.project.api.ProjectStatus;
import io.ledgerline.task.api.TaskStatus;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.timetracking.TimeApiClient;
import io.ledgerline.timetracking.TimeApiClient.Work;
import io.ledgerline.timetracking.TimeFixtures;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** timetracking-service's reactions to project-service's and task-service's events, fed onto their topics. */
@LedgerlineIntegrationTest
class WorkReactionsIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    private TimeApiClient api;

    @BeforeEach
    void setUp() {
        api = new TimeApiClient(http, jdbc);
    }

    private ResponseEntity<String> log(Work work, String taskId) {
        return api.exchange(POST, "/api/v1/time-entries", """
                {"taskId":"%s","minutes":30,"date":"%s"}""".formatted(taskId, today()),
                bearer(work.member(), "member"), null);
    }

    @Test
    void appliesAProjectCreatedDeliveredTwiceOnce() {
        String projectId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();
        ProjectCreated created = new ProjectCreated(projectId, null, "Twice", "TW-1", BillingMode.FIXED_FEE, "EUR",
                null, null);

        send(TimeFixtures.record(ProjectEvents.CATALOG, projectId, eventId, created),
                TimeFixtures.record(ProjectEvents.CATALOG, projectId, eventId, created),
                TimeFixtures.record(ProjectEvents.CATALOG, projectId, marker, new io.ledgerline.project.api
                        .ProjectMemberRemoved(projectId, "nobody")));
        await().atMost(WAIT).until(() -> api.count("SELECT count(*) FROM processed_event WHERE event_id = ?",
                marker) == 1);

        assertThat(api.count("SELECT events_applied FROM known_project WHERE project_id = ?", projectId)).isOne();
        assertThat(api.count("SELECT count(*) FROM known_project WHERE project_id = ? AND NOT billable", projectId))
                .as("a fixed-fee project's hours are not billable by default").isOne();
    }

    @Test
    void aProjectThatIsNoLongerActiveTakesNoTime() {
        Work work = api.work();

        send(TimeFixtures.projectStatus(work.projectId(), ProjectStatus.COMPLETED));
        await().atMost(WAIT).until(() -> api.count(
                "SELECT count(*) FROM known_project WHERE project_id = ? AND status = 'COMPLETED'",
                work.projectId()) == 1);

        ResponseEntity<String> refused = log(work, work.taskId());
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody()).contains("is not ACTIVE");
    }

    @Test
    void aClosedTaskTakesNoTimeAndAnOpenOneOfTheSameProjectDoes() {
        Work work = api.work();
        String openTask = api.task(work);

        send(TimeFixtures.taskStatus(work.taskId(), work.projectId(), TaskStatus.DONE));
        await().atMost(WAIT).until(() -> api.count(
                "SELECT count(*) FROM known_task WHERE task_id = ? AND status = 'DONE'", work.taskId()) == 1);

        assertThat(log(work, work.taskId()).getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(log(work, openTask).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aMemberWhoLeftLogsNoMoreTimeButKeepsWhatTheyLogged() {
        Work work = api.work();
        String entryId = api.log(work, 30);

        send(TimeFixtures.memberRemoved(work.projectId(), work.member()));
        await().atMost(WAIT).until(() -> api.count(
                "SELECT count(*) FROM project_member WHERE project_id = ? AND user_id = ?", work.projectId(),
                work.member()) == 0);

        ResponseEntity<String> refused = log(work, work.taskId());
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).contains("Only members of this project");
        assertThat(api.get("/api/v1/time-entries/" + entryId, bearer(work.member(), "member")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }
}
