package io.ledgerline.timetracking.web;

import static io.ledgerline.timetracking.TimeApiClient.bearer;
import static io.ledgerline.timetracking.TimeApiClient.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;

import io.ledgerline.project.api.ProjectRole;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.fuzz.EventStoreProbe;
import io.ledgerline.timetracking.TimeApiClient;
import io.ledgerline.timetracking.TimeApiClient.Work;
import io.ledgerline.timetracking.TimeFixtures;
import io.ledgerline.timetracking.command.api.IsoWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The time permissions of a firm, with real tokens: people log, change and submit their own time; only a MANAGER of
 * the project (or an admin) approves it; a colleague or someone of another project is refused (403, after 404 for an
 * entry the tenant does not have); finance logs nothing; the list shows a member only their own time. A refused
 * request stores no event.
 */
@LedgerlineIntegrationTest
class TimeRolesIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    TimeApiClient api;
    Work work;
    String colleague;
    String entryId;
    String week;

    @BeforeEach
    void setUp() {
        api = new TimeApiClient(http, jdbc);
        work = api.work();
        colleague = TimeApiClient.user("cleo");
        TimeApiClient.send(TimeFixtures.memberAdded(work.projectId(), colleague, ProjectRole.MEMBER));
        await().atMost(TimeApiClient.WAIT).until(() -> api.count(
                "SELECT count(*) FROM project_member WHERE project_id = ?", work.projectId()) == 3);
        entryId = api.log(work, 45);
        week = IsoWeek.of(today()).toString();
    }

    @Test
    void aMemberApprovingTheirOwnWeekIsRefusedAndNothingIsStored() {
        String member = bearer(work.member(), "member");
        assertThat(api.exchange(POST, weekOf(work.member()) + "/submit", null, member, null).getStatusCode()
                .value()).isEqualTo(200);

        assertRefused(POST, weekOf(work.member()) + "/approve", null, member, 403);
        assertRefused(POST, weekOf(work.member()) + "/reject", "{\"reason\":\"mine\"}", member, 403);
        assertThat(api.read(api.get(weekOf(work.member()), member)).get("status").asText()).isEqualTo("SUBMITTED");
    }

    @Test
    void onlyAManagerOfTheProjectApprovesTheWeek() {
        api.exchange(POST, weekOf(work.member()) + "/submit", null, bearer(work.member(), "member"), null);
        Work other = api.work();

        assertRefused(POST, weekOf(work.member()) + "/approve", null, bearer(other.manager(), "manager"), 403);
        assertRefused(POST, weekOf(work.member()) + "/approve", null, bearer("fay", "finance"), 403);
        ResponseEntity<String> approved = api.exchange(POST, weekOf(work.member()) + "/approve", null,
                bearer(work.manager(), "manager"), null);
        assertThat(approved.getStatusCode().value()).isEqualTo(200);
        assertThat(api.read(approved).get("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void aMemberMayNotChangeOrReadAColleaguesEntryNorSomeoneOfAnotherProject() {
        String entry = "/api/v1/time-entries/" + entryId;
        String change = "{\"minutes\":5}";

        assertRefused(PATCH, entry, change, bearer(colleague, "member"), 403);
        assertRefused(HttpMethod.DELETE, entry, null, bearer(colleague, "member"), 403);
        assertRefused(GET, entry, null, bearer(colleague, "member"), 403);
        assertRefused(PATCH, entry, change, bearer(api.work().member(), "member"), 403);
        assertRefused(PATCH, "/api/v1/time-entries/" + UUID.randomUUID(), change, bearer(colleague, "member"), 404);
        assertThat(api.exchange(PATCH, entry, change, bearer(work.manager(), "manager"), null).getStatusCode()
                .value()).isEqualTo(200);
    }

    @Test
    void financeAndMembersOfOtherProjectsLogNoTimeHere() {
        String body = """
                {"taskId":"%s","minutes":30,"date":"%s","description":"Not theirs"}""".formatted(work.taskId(),
                today());

        assertRefused(POST, "/api/v1/time-entries", body, bearer("fay", "finance"), 403);
        assertRefused(POST, "/api/v1/time-entries", body, bearer(api.work().member(), "member"), 403);
        assertRefused(POST, "/api/v1/timers/start", "{\"taskId\":\"" + work.taskId() + "\"}",
                bearer(api.work().member(), "member"), 403);
        assertRefused(POST, "/api/v1/time-entries", body.replace(work.taskId(), UUID.randomUUID().toString()),
                bearer(colleague, "member"), 404);
    }

    @Test
    void theListShowsAMemberTheirOwnTimeAndAManagerTheTimeOfTheirProject() {
        String colleagues = api.read(api.exchange(POST, "/api/v1/time-entries", """
                {"taskId":"%s","minutes":15,"date":"%s","description":"Mine"}""".formatted(work.taskId(), today()),
                bearer(colleague, "member"), null)).get("entryId").asText();
        String query = "/api/v1/time-entries?size=100&project=" + work.projectId();

        assertThat(listed(query, bearer(work.member(), "member"))).containsExactly(entryId);
        assertThat(listed(query, bearer(colleague, "member"))).containsExactly(colleagues);
        assertThat(listed(query, bearer(work.manager(), "manager"))).containsExactlyInAnyOrder(entryId, colleagues);
        assertThat(listed(query, bearer("fay", "finance"))).containsExactlyInAnyOrder(entryId, colleagues);
    }

    private List<String> listed(String query, String token) {
        List<String> ids = new ArrayList<>();
        api.read(api.get(query, token)).get("items").forEach(entry -> ids.add(entry.get("entryId").asText()));
        return ids;
    }

    private String weekOf(String user) {
        return "/api/v1/timesheets/" + user + "/" + week;
    }

    private void assertRefused(HttpMethod method, String path, String body, String token, int status) {
        EventStoreProbe events = new EventStoreProbe(dataSource);
        long before = events.maxGlobalIndex();
        ResponseEntity<String> response = api.exchange(method, path, body, token, null);
        assertThat(response.getStatusCode().value()).as("%s %s: %s", method, path, response.getBody())
                .isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(events.maxGlobalIndex()).as("events stored by a refused request").isEqualTo(before);
    }
}
