package io.ledgerline.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.platform.context.CallerContexts;
import io.ledgerline.platform.history.EventHistory;
import io.ledgerline.platform.web.NotFoundException;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Idempotency-Key, If-Match, audit history and as-of reads, as every service gets them from the platform. */
@AutoConfigureObservability
@LedgerlineIntegrationTest
class HttpConventionsIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    EventHistory history;

    @Test
    void aRepeatedIdempotencyKeyReturnsTheFirstResultAndCreatesNothingTwice() throws Exception {
        String key = PlatformTestSupport.newId();

        ResponseEntity<String> first = post("/api/v1/notes", "{\"text\":\"once only\"}", key, null);
        ResponseEntity<String> again = post("/api/v1/notes", "{\"text\":\"once only\"}", key, null);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(again.getHeaders().getFirst("Idempotency-Replayed")).isEqualTo("true");
        String noteId = json.readTree(first.getBody()).get("noteId").asText();
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry WHERE convert_from(payload, 'UTF8') LIKE '%once only%'""",
                Long.class)).isOne();
        assertThat(noteId).isNotBlank();
    }

    @Test
    void anIdempotencyKeyReusedForAnotherRequestIsRefused() {
        String key = PlatformTestSupport.newId();
        post("/api/v1/notes", "{\"text\":\"first\"}", key, null);

        ResponseEntity<String> reused = post("/api/v1/notes", "{\"text\":\"second\"}", key, null);

        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(reused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aStaleIfMatchIsPreconditionFailedAndChangesNothing() throws Exception {
        String noteId = writeNote("v0");

        ResponseEntity<String> first = post("/api/v1/notes/" + noteId + "/amendments", "{\"text\":\"v1\"}", null, "\"0\"");
        ResponseEntity<String> stale = post("/api/v1/notes/" + noteId + "/amendments", "{\"text\":\"v1b\"}", null, "\"0\"");

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
        assertThat(stale.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(versions(noteId)).isEqualTo(2);
    }

    @Test
    void ifMatchStarMatchesWhateverVersionIsCurrent() throws Exception {
        String noteId = writeNote("v0");
        post("/api/v1/notes/" + noteId + "/amendments", "{\"text\":\"v1\"}", null, "\"0\"");

        ResponseEntity<String> any = post("/api/v1/notes/" + noteId + "/amendments", "{\"text\":\"v2\"}", null, "*");

        assertThat(any.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(versions(noteId)).isEqualTo(3);
    }

    @Test
    void aWeakIfMatchNeverMatchesEvenTheCurrentVersion() throws Exception {
        String noteId = writeNote("v0");

        ResponseEntity<String> weak = post("/api/v1/notes/" + noteId + "/amendments", "{\"text\":\"v1\"}", null,
                "W/\"0\"");
        ResponseEntity<String> listed = post("/api/v1/notes/" + noteId + "/amendments", "{\"text\":\"v1\"}", null,
                "W/\"0\", \"0\"");

        assertThat(weak.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
        assertThat(weak.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(listed.getStatusCode()).as("the strong tag of the list matches").isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(versions(noteId)).isEqualTo(2);
    }

    @Test
    void aChangeThatRequiresIfMatchIsPreconditionRequiredWithoutIt() throws Exception {
        String noteId = writeNote("v0");

        ResponseEntity<String> missing = post("/api/v1/notes/" + noteId + "/corrections", "{\"text\":\"v1\"}", null,
                null);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
        assertThat(missing.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(versions(noteId)).isEqualTo(1);

        assertThat(post("/api/v1/notes/" + noteId + "/corrections", "{\"text\":\"v1\"}", null, "\"0\"")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post("/api/v1/notes/" + noteId + "/corrections", "{\"text\":\"v2\"}", null, "\"0\"")
                .getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
    }

    private long versions(String noteId) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class,
                noteId);
    }

    @Test
    void aMalformedIfMatchIsABadRequest() throws Exception {
        String noteId = writeNote("v0");

        ResponseEntity<String> malformed = post("/api/v1/notes/" + noteId + "/amendments", "{\"text\":\"x\"}", null, "abc");

        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void historyListsEveryEventWithActorAndCorrelation() throws Exception {
        String noteId = writeNote("first words");
        post("/api/v1/notes/" + noteId + "/amendments", "{\"text\":\"second words\"}", null, null);

        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Request-Id", "req-history");
        JsonNode entries = json.readTree(http.exchange("/api/v1/notes/" + noteId + "/history", HttpMethod.GET,
                new HttpEntity<>(headers), String.class).getBody());

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).get("type").asText()).isEqualTo("NoteWritten");
        assertThat(entries.get(1).get("type").asText()).isEqualTo("NoteAmended");
        assertThat(entries.get(1).get("version").asLong()).isEqualTo(1);
        assertThat(entries.get(1).get("actor").asText()).isEqualTo("test-user");
        assertThat(entries.get(1).get("correlationId").asText()).isNotBlank();
        assertThat(entries.get(1).get("payload").get("text").asText()).isEqualTo("second words");
    }

    @Test
    void anotherTenantsAggregateHasNoHistory() throws Exception {
        String noteId = writeNote("private");

        try (CallerContexts.Scope ignored = CallerContexts.open(new CallerContext("other", "eve", "r", null))) {
            assertThatThrownBy(() -> history.of(noteId)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> history.until(noteId, Instant.now())).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void readsAnAggregateAsItStoodAtAnInstant() throws Exception {
        String noteId = writeNote("original");
        Instant between = Instant.now();
        jdbc.queryForObject("SELECT pg_sleep(0.01)", Object.class);
        post("/api/v1/notes/" + noteId + "/amendments", "{\"text\":\"amended\"}", null, null);

        JsonNode then = json.readTree(http.getForEntity("/api/v1/notes/" + noteId + "?asOf=" + between, String.class)
                .getBody());
        JsonNode now = json.readTree(http.getForEntity("/api/v1/notes/" + noteId + "?asOf=" + Instant.now(), String.class)
                .getBody());
        ResponseEntity<String> before = http.getForEntity("/api/v1/notes/" + noteId + "?asOf=2020-01-01T00:00:00Z",
                String.class);

        assertThat(then.get("text").asText()).isEqualTo("original");
        assertThat(now.get("text").asText()).isEqualTo("amended");
        assertThat(before.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private String writeNote(String text) throws Exception {
        return json.readTree(post("/api/v1/notes", "{\"text\":\"" + text + "\"}", null, null).getBody())
                .get("noteId").asText();
    }

    private ResponseEntity<String> post(String path, String body, String idempotencyKey, String ifMatch) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        if (ifMatch != null) {
            headers.set("If-Match", ifMatch);
        }
        return http.postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }
}
