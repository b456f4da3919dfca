package io.ledgerline.platform.testapp;

import static io.ledgerline.platform.testapp.PlatformTestSupport.newId;
import static io.ledgerline.platform.testapp.PlatformTestSupport.noteRecord;
import static io.ledgerline.platform.testapp.PlatformTestSupport.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.contract.EventCatalog;
import io.ledgerline.platform.outbox.IntegrationEventPublisher;
import io.ledgerline.testsupport.KafkaRecords;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.TestKafka;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The operations API on real PostgreSQL and Kafka: processors, replays and dead letters. */
@AutoConfigureObservability
@LedgerlineIntegrationTest
class OpsApiIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String DEAD_LETTERS = EventCatalog.deadLetterTopic(NoteEvents.CATALOG.topic());

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NoteLogRepair repair;

    private OpsClient operator;

    @BeforeEach
    void setUp() {
        operator = OpsClient.asOperator(port);
    }

    @Test
    void listsEveryProcessorWithItsSegmentsPositionAndLag() {
        String noteId = writeNote("counted");
        await().atMost(WAIT).untilAsserted(() -> assertThat(counted(noteId)).isOne());

        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode publisher = processor(IntegrationEventPublisher.PROCESSING_GROUP);
            assertThat(publisher.get("type").asText()).isEqualTo("tracking");
            assertThat(publisher.get("running").asBoolean()).isTrue();
            assertThat(publisher.get("error").asBoolean()).isFalse();
            assertThat(publisher.get("lag").asLong()).isZero();
            assertThat(publisher.get("position").asLong()).isEqualTo(publisher.get("head").asLong());
            assertThat(publisher.get("segments")).as("ledgerline.processors.segments").hasSize(2);
            publisher.get("segments").forEach(segment -> {
                assertThat(segment.get("owner").asText()).as("one instance claims every segment").isNotBlank();
                assertThat(segment.get("caughtUp").asBoolean()).isTrue();
            });
        });
        assertThat(processor(NoteCountProjection.PROCESSING_GROUP).get("type").asText()).isEqualTo("tracking");
    }

    @Test
    void aReplayRebuildsTheReadModelWhileTheServiceKeepsServing() {
        List<String> notes = List.of(writeNote("one"), writeNote("two"), writeNote("three"));
        await().atMost(WAIT).untilAsserted(() -> notes.forEach(id -> assertThat(counted(id)).isOne()));
        jdbc.update("UPDATE note_count SET text = 'corrupted'");

        HttpResponse<String> replay = operator.post("/api/v1/ops/processors/note-counts/replay", null);
        String duringReplay = writeNote("four");

        assertThat(replay.statusCode()).isEqualTo(202);
        assertThat(replay.headers().firstValue("Location")).contains("/api/v1/ops/processors/note-counts");
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM note_count WHERE text = 'corrupted'", Long.class))
                    .isZero();
            assertThat(texts(notes.get(1))).as("rebuilt, not missing").containsExactly("two");
            assertThat(counted(duringReplay)).isOne();
            JsonNode status = processor(NoteCountProjection.PROCESSING_GROUP);
            assertThat(status.get("replaying").asBoolean()).isFalse();
            assertThat(status.get("lag").asLong()).isZero();
        });
    }

    @Test
    void anUnknownProcessorIsNotFoundAndOnlyTheOperatorReachesOperations() {
        assertThat(operator.post("/api/v1/ops/processors/nope/replay", null).statusCode()).isEqualTo(404);
        assertThat(OpsClient.asAdmin(port).get("/api/v1/ops/processors").statusCode()).isEqualTo(403);
        assertThat(OpsClient.asAdmin(port).get("/api/v1/ops/dead-letters").statusCode()).isEqualTo(403);
        assertThat(OpsClient.asMember(port).get("/api/v1/ops/processors").statusCode()).isEqualTo(403);
        assertThat(OpsClient.asMember(port).get("/api/v1/ops/dead-letters").statusCode()).isEqualTo(403);
        assertThat(OpsClient.anonymous(port).get("/api/v1/ops/processors").statusCode()).isEqualTo(401);
    }

    @Test
    void aPoisonRecordIsListedWithItsFailureAndDisappearsOnceEvicted() {
        String poisonId = newId();
        send(noteRecord(poisonId, newId(), "{not json"));

        JsonNode letter = awaitDeadLetter(poisonId);
        assertThat(letter.get("source").asText()).isEqualTo("kafka");
        assertThat(letter.get("topic").asText()).isEqualTo(DEAD_LETTERS);
        assertThat(letter.get("consumer").asText()).isEqualTo("platform-test");
        assertThat(letter.get("consumerGroup").asText()).isEqualTo("platform-test.note-log");
        assertThat(letter.get("originalTopic").asText()).isEqualTo(NoteEvents.CATALOG.topic());
        assertThat(letter.get("originalOffset").isNumber()).isTrue();
        assertThat(letter.get("reason").asText()).contains("does not bind");
        assertThat(letter.get("exception").asText()).isNotBlank();
        assertThat(letter.get("value").asText()).isEqualTo("{not json");

        HttpResponse<String> byTenantAdmin = OpsClient.asAdmin(port).post(path(letter) + "/evict", null);
        HttpResponse<String> evicted = operator.post(path(letter) + "/evict", null);
        HttpResponse<String> again = operator.post(path(letter) + "/evict", null);

        assertThat(byTenantAdmin.statusCode()).isEqualTo(403);
        assertThat(evicted.statusCode()).isEqualTo(204);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(deadLetter(poisonId)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT resolved_by FROM dead_letter_resolution WHERE topic = ? "
                + "AND partition_no = ? AND record_offset = ?", String.class, DEAD_LETTERS,
                letter.get("partition").asInt(), letter.get("offset").asLong())).isEqualTo("ops-admin");
    }

    @Test
    void aRetriedRecordIsRepublishedAndAppliedOnceTheFixIsDeployed() {
        String eventId = newId();
        String noteId = newId();
        send(noteRecord(eventId, noteId, "{\"noteId\":\"" + noteId + "\",\"text\":\"fixable soon\"}"));
        JsonNode letter = awaitDeadLetter(eventId);
        assertThat(logged(eventId)).isZero();

        repair.deploy();
        HttpResponse<String> retried = operator.post(path(letter) + "/retry", null);

        assertThat(retried.statusCode()).isEqualTo(202);
        assertThat(KafkaRecords.awaitRecords(TestKafka.instance().bootstrapServers(), NoteEvents.CATALOG.topic(),
                record -> eventId.equals(KafkaRecords.header(record, "ce_id")), 2, WAIT)).hasSize(2);
        await().atMost(WAIT).untilAsserted(() -> assertThat(logged(eventId)).isOne());
        assertThat(deadLetter(eventId)).isEmpty();
        assertThat(operator.post(path(letter) + "/retry", null).statusCode()).isEqualTo(409);
    }

    @Test
    void anUnknownDeadLetterIsNotFound() {
        assertThat(operator.post("/api/v1/ops/dead-letters/" + DEAD_LETTERS + "/0/999999/retry", null).statusCode())
                .isEqualTo(404);
        assertThat(operator.post("/api/v1/ops/dead-letters/some.other.topic.dlt/0/0/evict", null).statusCode())
                .isEqualTo(404);
    }

    private JsonNode processor(String name) {
        return StreamSupport.stream(operator.json("/api/v1/ops/processors").spliterator(), false)
                .filter(processor -> name.equals(processor.get("name").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no processor " + name));
    }

    private JsonNode awaitDeadLetter(String eventId) {
        return await().atMost(WAIT).until(() -> deadLetter(eventId), Optional::isPresent).orElseThrow();
    }

    private Optional<JsonNode> deadLetter(String eventId) {
        return StreamSupport.stream(operator.json("/api/v1/ops/dead-letters").spliterator(), false)
                .filter(letter -> eventId.equals(letter.path("eventId").asText()))
                .findFirst();
    }

    private static String path(JsonNode letter) {
        return "/api/v1/ops/dead-letters/" + letter.get("topic").asText() + "/" + letter.get("partition").asInt()
                + "/" + letter.get("offset").asLong();
    }

    private String writeNote(String text) {
        HttpResponse<String> created = OpsClient.asAdmin(port).post("/api/v1/notes", "{\"text\":\"" + text + "\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private long counted(String noteId) {
        return jdbc.queryForObject("SELECT count(*) FROM note_count WHERE note_id = ?", Long.class, noteId);
    }

    /** Empty while a replay has not rebuilt the row yet (an assertion can wait for it, an exception could not). */
    private List<String> texts(String noteId) {
        return jdbc.queryForList("SELECT text FROM note_count WHERE note_id = ?", String.class, noteId);
    }

    private long logged(String eventId) {
        return jdbc.queryForObject("SELECT count(*) FROM note_log WHERE event_id = ?", Long.class, eventId);
    }
}
