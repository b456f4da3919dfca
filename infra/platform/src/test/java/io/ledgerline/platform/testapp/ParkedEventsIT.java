package io.ledgerline.platform.testapp;

import static io.ledgerline.platform.testapp.PlatformTestSupport.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.platform.outbox.IntegrationEventPublisher;
import io.ledgerline.platform.outbox.IntegrationJson;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Axon's dead-letter queue of a processing group, on real PostgreSQL, through the operations API. */
// the shared context: a second one with the same processors would compete for their tokens (claims time out
// after 5 s) and hand the same events to both
@LedgerlineIntegrationTest
class ParkedEventsIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String GROUP = NoteTextProjection.PROCESSING_GROUP;
    private static final String PARKED = "/api/v1/ops/dead-letters/processing-groups/";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NoteTextRepair repair;
    @Autowired
    MeterRegistry meters;

    private OpsClient operator;

    @BeforeEach
    void setUp() {
        operator = OpsClient.asOperator(port);
    }

    @Test
    void aFailedEventIsParkedWithTheRestOfItsSequenceAndHandledWhenRetriedAfterTheFix() {
        String bug = "bug-" + newId().substring(0, 8);
        repair.breakFor(bug);
        String noteId = writeNote(bug + " first");
        amend(noteId, "amended behind it");
        String other = writeNote("another aggregate");

        await().atMost(WAIT).untilAsserted(() -> assertThat(text(other)).containsExactly("another aggregate"));
        List<JsonNode> letters = await().atMost(WAIT).until(() -> parked(noteId), parked -> parked.size() == 2);
        JsonNode failed = letters.get(0);
        assertThat(failed.get("source").asText()).isEqualTo("processing-group");
        assertThat(failed.get("processingGroup").asText()).isEqualTo(GROUP);
        assertThat(failed.get("sequenceIndex").asLong()).isLessThan(letters.get(1).get("sequenceIndex").asLong());
        assertThat(failed.get("eventType").asText()).endsWith(".NoteWrittenEvent");
        assertThat(failed.get("aggregateId").asText()).isEqualTo(noteId);
        assertThat(failed.get("eventId").asText()).isNotBlank();
        assertThat(failed.get("exception").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(failed.get("reason").asText()).isEqualTo("the note-text projection refuses " + bug + " first");
        assertThat(failed.get("enqueuedAt").asText()).isNotBlank();
        assertThat(failed.get("lastTouched").asText()).isNotBlank();
        assertThat(failed.at("/diagnostics/failures").asInt()).isOne();
        assertThat(failed.get("payload").asText()).contains(bug);
        JsonNode behind = letters.get(1);
        assertThat(behind.get("eventType").asText()).endsWith(".NoteAmendedEvent");
        assertThat(behind.has("exception")).as("parked only because its sequence is").isFalse();
        assertThat(text(noteId)).as("what the failing handler wrote is undone").isEmpty();
        assertThat(rows(noteId)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT data_type FROM information_schema.columns WHERE table_schema = "
                + "current_schema() AND table_name = 'dead_letter_entry' AND column_name = 'payload'", String.class))
                .isEqualTo("bytea");
        assertThat(meters.get("ledgerline.processing.group.dead.letters").tag("processing_group", GROUP).gauge()
                .value()).isGreaterThanOrEqualTo(2);

        JsonNode stillBroken = retry(failed);
        assertThat(stillBroken.get("processed").asBoolean()).isFalse();
        assertThat(stillBroken.get("remaining").asLong()).isEqualTo(2);
        assertThat(parked(noteId).get(0).at("/diagnostics/failures").asInt()).isEqualTo(2);
        assertThat(text(noteId)).isEmpty();

        repair.deploy(bug);
        JsonNode fixed = retry(behind);

        assertThat(fixed.get("processed").asBoolean()).isTrue();
        assertThat(fixed.get("remaining").asLong()).isZero();
        assertThat(fixed.get("sequenceIdentifier").asText()).isEqualTo(noteId);
        assertThat(text(noteId)).containsExactly("amended behind it");
        assertThat(parked(noteId)).isEmpty();
        assertThat(rows(noteId)).isZero();
        amend(noteId, "amended after the retry");
        await().atMost(WAIT).untilAsserted(() -> assertThat(text(noteId)).as("the sequence is no longer held up")
                .containsExactly("amended after the retry"));
        assertThat(parked(noteId)).isEmpty();
    }

    @Test
    void anEventFailingInSqlIsParkedAndEvictedWithoutBeingHandled() {
        String noteId = writeNote("far too long for the note_text column " + newId());
        String after = writeNote("after the long one");

        await().atMost(WAIT).untilAsserted(() -> assertThat(text(after)).containsExactly("after the long one"));
        JsonNode letter = await().atMost(WAIT).until(() -> parked(noteId), parked -> parked.size() == 1).get(0);
        assertThat(letter.get("reason").asText()).contains("too long");

        HttpResponse<String> evicted = operator.post(PARKED + GROUP + "/" + letter.get("id").asText() + "/evict", null);
        HttpResponse<String> again = operator.post(PARKED + GROUP + "/" + letter.get("id").asText() + "/evict", null);

        assertThat(evicted.statusCode()).isEqualTo(204);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(parked(noteId)).isEmpty();
        assertThat(rows(noteId)).isZero();
        assertThat(text(noteId)).isEmpty();
    }

    @Test
    void unknownParkedEventsAreNotFoundAndOnlyAdminsMayRetryThem() {
        HttpResponse<String> unknown = operator.post(PARKED + GROUP + "/" + newId() + "/retry", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(operator.post(PARKED + GROUP + "/" + newId() + "/evict", null).statusCode()).isEqualTo(404);
        assertThat(operator.post(PARKED + "no-such-group/" + newId() + "/retry", null).statusCode()).isEqualTo(404);
        assertThat(operator.post(PARKED + IntegrationEventPublisher.PROCESSING_GROUP + "/" + newId() + "/evict", null)
                .statusCode()).as("publication failures are never parked").isEqualTo(404);
        assertThat(OpsClient.asMember(port).post(PARKED + GROUP + "/" + newId() + "/retry", null).statusCode())
                .isEqualTo(403);
        assertThat(OpsClient.asMember(port).post(PARKED + GROUP + "/" + newId() + "/evict", null).statusCode())
                .isEqualTo(403);
    }

    private JsonNode retry(JsonNode letter) {
        HttpResponse<String> response = operator.post(PARKED + letter.get("processingGroup").asText() + "/"
                + letter.get("id").asText() + "/retry", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try {
            return IntegrationJson.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private List<JsonNode> parked(String noteId) {
        return StreamSupport.stream(operator.json("/api/v1/ops/dead-letters").spliterator(), false)
                .filter(letter -> "processing-group".equals(letter.path("source").asText()))
                .filter(letter -> noteId.equals(letter.path("sequenceIdentifier").asText()))
                .toList();
    }

    private long rows(String noteId) {
        return jdbc.queryForObject("SELECT count(*) FROM dead_letter_entry WHERE processing_group = ? "
                + "AND sequence_identifier = ? AND octet_length(payload) > 0", Long.class, GROUP, noteId);
    }

    private List<String> text(String noteId) {
        return jdbc.queryForList("SELECT text FROM note_text WHERE note_id = ?", String.class, noteId);
    }

    private String writeNote(String text) {
        HttpResponse<String> created = OpsClient.asAdmin(port).post("/api/v1/notes", "{\"text\":\"" + text + "\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private void amend(String noteId, String text) {
        assertThat(OpsClient.asAdmin(port)
                .post("/api/v1/notes/" + noteId + "/amendments", "{\"text\":\"" + text + "\"}")
                .statusCode()).isEqualTo(204);
    }
}
