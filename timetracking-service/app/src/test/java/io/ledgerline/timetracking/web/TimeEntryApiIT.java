package io.ledgerline.timetracking.web;

import static io.ledgerline.timetracking.TimeApiClient.WAIT;
import static io.ledgerline.timetracking.TimeApiClient.bearer;
import static io.ledgerline.timetracking.TimeApiClient.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.contract.EventCatalog;
import io.ledgerline.testsupport.JsonSchemaAssertions;
import io.ledgerline.testsupport.KafkaRecords;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.TestIdentity;
import io.ledgerline.testsupport.TestKafka;
import io.ledgerline.timetracking.TimeApiClient;
import io.ledgerline.timetracking.TimeApiClient.Work;
import io.ledgerline.timetracking.TimeFixtures;
import io.ledgerline.timetracking.api.TimeEvents;
import io.ledgerline.timetracking.command.api.IsoWeek;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

@LedgerlineIntegrationTest
class TimeEntryApiIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;

    private TimeApiClient api;

    @BeforeEach
    void setUp() {
        api = new TimeApiClient(http, jdbc);
    }

    @Test
    void logsRoundedTimeAnswering201WithLocationAndETagAndPublishesTimeLogged() {
        Work work = api.work();
        ResponseEntity<String> rule = api.exchange(PUT, "/api/v1/time-entries/rounding-rules/" + work.projectId(),
                "{\"unitMinutes\":15,\"direction\":\"UP\"}", bearer(work.manager(), "manager"), null);
        assertThat(rule.getStatusCode()).as(rule.getBody()).isEqualTo(HttpStatus.OK);

        ResponseEntity<String> created = api.exchange(POST, "/api/v1/time-entries", """
                {"taskId":"%s","minutes":50,"date":"%s","description":"Wireframes"}""".formatted(work.taskId(),
                today()), bearer(work.member(), "member"), null);

        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode entry = api.read(created);
        String entryId = entry.get("entryId").asText();
        assertThat(created.getHeaders().getLocation()).hasPath("/api/v1/time-entries/" + entryId);
        assertThat(created.getHeaders().getETag()).isEqualTo("\"0\"");
        assertThat(entry.get("rawMinutes").asInt()).isEqualTo(50);
        assertThat(entry.get("roundedMinutes").asInt()).isEqualTo(60);
        assertThat(entry.get("billable").asBoolean()).isTrue();
        assertThat(entry.get("approval").asText()).isEqualTo("OPEN");
        var record = KafkaRecords.awaitRecords(TestKafka.instance().bootstrapServers(), TimeEvents.CATALOG.topic(),
                r -> entryId.equals(r.key()), 1, WAIT).get(0);
        String published = new String(record.value(), StandardCharsets.UTF_8);
        JsonSchemaAssertions.assertMatchesSchema(EventCatalog.schemaResource("ledgerline.time.TimeLogged.v1"),
                published);
        assertThat(published).contains("\"rounding\":{\"unitMinutes\":15,\"direction\":\"UP\"}",
                "\"loggedBy\":\"" + work.member() + "\"");
        JsonNode history = api.read(api.get("/api/v1/time-entries/" + entryId + "/history", null));
        assertThat(history.get(0).get("type").asText()).isEqualTo("TimeLogged");
        assertThat(history.get(0).get("actor").asText()).isEqualTo(work.member());
    }

    @Test
    void aManagerLogsForAMemberButAMemberNotForAnother() {
        Work work = api.work();
        String body = """
                {"userId":"%s","taskId":"%s","minutes":30,"date":"%s"}""".formatted(work.member(), work.taskId(),
                today());

        ResponseEntity<String> byManager = api.exchange(POST, "/api/v1/time-entries", body,
                bearer(work.manager(), "manager"), null);
        ResponseEntity<String> byStranger = api.exchange(POST, "/api/v1/time-entries", body,
                bearer(TimeApiClient.user("eve"), "member"), null);

        assertThat(byManager.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(api.read(byManager).get("loggedBy").asText()).isEqualTo(work.manager());
        assertThat(api.read(byManager).get("userId").asText()).isEqualTo(work.member());
        assertThat(byStranger.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(byStranger.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void refusesUnknownTasksWith422AndInvalidFieldsWith400() {
        ResponseEntity<String> unknown = api.exchange(POST, "/api/v1/time-entries", """
                {"taskId":"%s","minutes":30,"date":"%s"}""".formatted(UUID.randomUUID(), today()), null, null);
        ResponseEntity<String> invalid = api.exchange(POST, "/api/v1/time-entries", """
                {"taskId":"nope","minutes":0}""", null, null);
        ResponseEntity<String> future = api.exchange(POST, "/api/v1/time-entries", """
                {"taskId":"%s","minutes":30,"date":"%s"}""".formatted(api.work().taskId(), today().plusDays(2)), null,
                null);

        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(unknown.getBody()).contains("is not a known task");
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invalid.getBody()).contains("taskId", "minutes");
        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @Test
    void logsOnceForARepeatedIdempotencyKey() {
        Work work = api.work();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(bearer(work.member(), "member"));
        headers.set("Idempotency-Key", UUID.randomUUID().toString());
        HttpEntity<String> request = new HttpEntity<>("""
                {"taskId":"%s","minutes":30,"date":"%s"}""".formatted(work.taskId(), today()), headers);

        ResponseEntity<String> first = http.postForEntity("/api/v1/time-entries", request, String.class);
        ResponseEntity<String> again = http.postForEntity("/api/v1/time-entries", request, String.class);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(api.count("SELECT count(*) FROM time_entry WHERE project_id = ?", work.projectId())).isOne();
    }

    @Test
    void adjustsWithIfMatchRefusesAStaleOneAndNeverShowsAnotherTenantsEntry() {
        Work work = api.work();
        String entryId = api.log(work, 30);
        String entry = "/api/v1/time-entries/" + entryId;
        String member = bearer(work.member(), "member");

        ResponseEntity<String> adjusted = api.exchange(PATCH, entry, "{\"minutes\":45,\"billable\":false}", member,
                "\"0\"");
        ResponseEntity<String> stale = api.exchange(PATCH, entry, "{\"minutes\":50}", member, "\"0\"");
        ResponseEntity<String> foreign = api.get(entry, TestIdentity.instance().token(TimeFixtures.OTHER_TENANT,
                work.member(), "admin"));
        ResponseEntity<String> foreignChange = api.exchange(PATCH, entry, "{\"minutes\":50}",
                TestIdentity.instance().token(TimeFixtures.OTHER_TENANT, work.member(), "admin"), null);

        assertThat(adjusted.getStatusCode()).as(adjusted.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(adjusted.getHeaders().getETag()).isEqualTo("\"1\"");
        assertThat(api.read(adjusted).get("rawMinutes").asInt()).isEqualTo(45);
        assertThat(api.read(adjusted).get("billable").asBoolean()).isFalse();
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(foreignChange.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.exchange(DELETE, entry, null, member, null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api.get(entry, member).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void listsEntriesByUserProjectTaskAndDatesInBoundedPages() {
        Work work = api.work();
        String otherTask = api.task(work);
        api.log(work, 10);
        api.log(work, 20);
        api.exchange(POST, "/api/v1/time-entries", """
                {"taskId":"%s","minutes":30,"date":"%s"}""".formatted(otherTask, today().minusDays(8)),
                bearer(work.member(), "member"), null);

        JsonNode byProject = api.read(api.get("/api/v1/time-entries?project=" + work.projectId() + "&size=2", null));
        JsonNode byTask = api.read(api.get("/api/v1/time-entries?task=" + otherTask, null));
        JsonNode recent = api.read(api.get("/api/v1/time-entries?user=" + work.member() + "&from="
                + today().minusDays(1) + "&to=" + today(), null));

        assertThat(byProject.get("total").asLong()).isEqualTo(3);
        assertThat(byProject.get("items")).hasSize(2);
        assertThat(byTask.get("total").asLong()).isOne();
        assertThat(recent.get("total").asLong()).isEqualTo(2);
        assertThat(api.get("/api/v1/time-entries?size=101", null).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void runsOneTimerPerUserAndStoppingItLogsTheTime() {
        Work work = api.work();
        String member = bearer(work.member(), "member");
        String start = "{\"taskId\":\"" + work.taskId() + "\",\"description\":\"Pairing\"}";

        ResponseEntity<String> started = api.exchange(POST, "/api/v1/timers/start", start, member, null);
        ResponseEntity<String> second = api.exchange(POST, "/api/v1/timers/start", start, member, null);
        String entryId = api.read(started).get("entryId").asText();
        ResponseEntity<String> current = api.get("/api/v1/timers/current", member);
        ResponseEntity<String> stopped = api.exchange(POST, "/api/v1/timers/stop", null, member, null);

        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(api.read(started).get("status").asText()).isEqualTo("RUNNING");
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.read(second).get("detail").asText()).contains("one timer per user", entryId);
        assertThat(api.read(current).get("entryId").asText()).isEqualTo(entryId);
        assertThat(stopped.getStatusCode()).as(stopped.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(api.read(stopped).get("status").asText()).isEqualTo("LOGGED");
        assertThat(api.read(stopped).get("rawMinutes").asInt()).isOne();
        assertThat(api.get("/api/v1/timers/current", member).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.exchange(POST, "/api/v1/timers/stop", null, member, null).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aSubmittedWeekIsLockedUntilAManagerRejectsItAndApprovalLocksItForGood() {
        Work work = api.work();
        String entryId = api.log(work, 50);
        api.log(work, 25);
        String week = IsoWeek.of(today()).toString();
        String sheet = "/api/v1/timesheets/" + work.member() + "/" + week;
        String member = bearer(work.member(), "member");
        String manager = bearer(work.manager(), "manager");

        ResponseEntity<String> submitted = api.exchange(POST, sheet + "/submit", null, member, null);
        ResponseEntity<String> locked = api.exchange(PATCH, "/api/v1/time-entries/" + entryId, "{\"minutes\":5}",
                member, null);
        ResponseEntity<String> selfApproved = api.exchange(POST, sheet + "/approve", null, member, null);
        ResponseEntity<String> rejected = api.exchange(POST, sheet + "/reject", "{\"reason\":\"Split by task\"}",
                manager, null);
        ResponseEntity<String> unlocked = api.exchange(PATCH, "/api/v1/time-entries/" + entryId,
                "{\"minutes\":40}", member, null);
        api.exchange(POST, sheet + "/submit", null, member, null);
        ResponseEntity<String> approved = api.exchange(POST, sheet + "/approve", null, manager, null);
        ResponseEntity<String> afterApproval = api.exchange(DELETE, "/api/v1/time-entries/" + entryId, null,
                member, null);

        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(api.read(submitted).get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.getHeaders().getETag()).isEqualTo("\"0\"");
        assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.read(locked).get("detail").asText()).contains("locked: week " + week, "SUBMITTED");
        assertThat(selfApproved.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.read(rejected).get("status").asText()).isEqualTo("REJECTED");
        assertThat(api.read(rejected).get("reason").asText()).isEqualTo("Split by task");
        assertThat(unlocked.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(approved.getStatusCode()).as(approved.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(afterApproval.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.read(afterApproval).get("detail").asText()).contains("APPROVED");
        JsonNode view = api.read(api.exchange(GET, sheet, null, member, null));
        assertThat(view.get("status").asText()).isEqualTo("APPROVED");
        assertThat(view.get("totalMinutes").asInt()).isEqualTo(65);
        assertThat(view.get("perProject").get(work.projectId()).asInt()).isEqualTo(65);
        assertThat(view.get("perDay").get(today().toString()).asInt()).isEqualTo(65);
        assertThat(view.get("perDay")).hasSize(7);
        assertThat(view.get("entries").get(0).get("approval").asText()).isEqualTo("APPROVED");
    }

    @Test
    void measuresMinutesLoggedAndEntriesAwaitingApprovalAndDocumentsTheApi() {
        Work work = api.work();
        double before = meters.get("ledgerline.time.logged").tag("billable", "true").counter().count();
        api.log(work, 20);
        api.exchange(POST, "/api/v1/timesheets/" + work.member() + "/" + IsoWeek.of(today()) + "/submit", null,
                bearer(work.member(), "member"), null);

        assertThat(meters.get("ledgerline.time.logged").tag("billable", "true").counter().count() - before)
                .as("20 minutes, in seconds").isEqualTo(1200);
        assertThat(meters.get("ledgerline.time.logged").tag("billable", "false").counter()).isNotNull();
        assertThat(meters.get("ledgerline.time.entries.awaiting.approval").gauge().value())
                .isGreaterThanOrEqualTo(1);
        assertThat(api.get("/v3/api-docs", null).getBody()).contains("/api/v1/time-entries/{entryId}",
                "/api/v1/timers/start", "/api/v1/timesheets/{userId}/{isoWeek}/approve",
                "/api/v1/time-entries/rounding-rules/{projectId}");
    }
}
