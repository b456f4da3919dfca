package io.ledgerline.timetracking.web;

import static io.ledgerline.timetracking.TimeApiClient.bearer;
import static io.ledgerline.timetracking.TimeApiClient.today;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.TestIdentity;
import io.ledgerline.timetracking.TimeApiClient;
import io.ledgerline.timetracking.TimeApiClient.Work;
import io.ledgerline.timetracking.TimeFixtures;
import java.time.temporal.IsoFields;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every endpoint that takes an id answers another tenant's caller with 404 and changes nothing; a week is always the
 * caller's tenant's own; fields a client must not set are ignored.
 */
@LedgerlineIntegrationTest
class TenancyIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    TimeApiClient api;
    Work work;
    String entryId;
    String intruder;

    @BeforeEach
    void setUp() {
        api = new TimeApiClient(http, jdbc);
        work = api.work();
        entryId = api.log(work, 45);
        intruder = TestIdentity.instance().token(TimeFixtures.OTHER_TENANT, work.member(), "admin", "manager",
                "member");
    }

    @Test
    void everyEndpointWithAnIdAnswersAnotherTenantWith404AndChangesNothing() {
        long eventsBefore = events();
        String entry = "/api/v1/time-entries/" + entryId;
        String rule = "/api/v1/time-entries/rounding-rules/" + work.projectId();
        List<Probe> probes = List.of(
                new Probe(HttpMethod.GET, entry, null),
                new Probe(HttpMethod.GET, entry + "/history", null),
                new Probe(HttpMethod.PATCH, entry, "{\"minutes\":5}"),
                new Probe(HttpMethod.DELETE, entry, null),
                new Probe(HttpMethod.PUT, rule, "{\"unitMinutes\":15,\"direction\":\"UP\"}"),
                new Probe(HttpMethod.DELETE, rule, null));

        for (Probe probe : probes) {
            var response = api.exchange(probe.method(), probe.path(), probe.body(), intruder, null);
            assertThat(response.getStatusCode()).as(probe + " " + response.getBody())
                    .isIn(HttpStatus.NOT_FOUND, HttpStatus.UNPROCESSABLE_ENTITY);
            assertThat(response.getStatusCode()).as(probe + " reads nothing of the other tenant")
                    .isNotEqualTo(HttpStatus.OK);
        }
        assertThat(api.exchange(HttpMethod.GET, entry, null, intruder, null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(events()).as("no event was stored").isEqualTo(eventsBefore);
        assertThat(api.read(api.get(entry, bearer(work.member(), "member"))).get("rawMinutes").asInt())
                .isEqualTo(45);
    }

    @Test
    void aWeekOfTheSameUserNameInAnotherTenantIsThatTenantsOwnAndShowsNothingOfOurs() {
        String week = "%d-W%02d".formatted(today().get(IsoFields.WEEK_BASED_YEAR),
                today().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));

        var theirs = api.get("/api/v1/timesheets/" + work.member() + "/" + week, intruder);
        var listed = api.get("/api/v1/time-entries?user=" + work.member(), intruder);

        assertThat(theirs.getBody()).doesNotContain(entryId);
        assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(listed.getBody()).doesNotContain(entryId);
    }

    @Test
    void fieldsAClientMustNotSetAreIgnored() {
        var logged = api.exchange(HttpMethod.POST, "/api/v1/time-entries", """
                {"taskId":"%s","minutes":30,"date":"%s","tenant":"globex","loggedBy":"mallory","status":"INVOICED",
                 "invoiceId":"00000000-0000-0000-0000-000000000009","version":7,"roundedMinutes":600}"""
                .formatted(work.taskId(), today()), bearer(work.member(), "member"), null);

        JsonNode entry = api.read(logged);
        assertThat(logged.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(entry.get("loggedBy").asText()).isEqualTo(work.member());
        assertThat(entry.path("invoiceId").isNull() || entry.path("invoiceId").isMissingNode()).isTrue();
        assertThat(entry.get("roundedMinutes").asInt()).isEqualTo(30);
        assertThat(entry.get("version").asLong()).isZero();
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    private record Probe(HttpMethod method, String path, String body) {
    }
}
