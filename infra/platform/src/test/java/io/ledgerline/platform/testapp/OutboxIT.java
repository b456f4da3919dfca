package io.ledgerline.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.contract.EventCatalog;
import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.platform.context.CallerContexts;
import io.ledgerline.platform.outbox.CloudEventHeaders;
import io.ledgerline.testsupport.JsonSchemaAssertions;
import io.ledgerline.testsupport.KafkaRecords;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.jdbc.core.JdbcTemplate;

@AutoConfigureObservability
@LedgerlineIntegrationTest
class OutboxIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CrashAfterAcknowledgement crash;

    @Test
    void publishesTheStoredEventAsABinaryModeCloudEvent() {
        String noteId = PlatformTestSupport.newId();
        write(noteId, "hello", "request-outbox-1");

        ConsumerRecord<String, byte[]> record = awaitPublished(noteId, 1).get(0);
        Map<String, Object> stored = jdbc.queryForMap(
                "SELECT event_identifier, time_stamp FROM domain_event_entry WHERE aggregate_identifier = ?", noteId);

        assertThat(record.key()).isEqualTo(noteId);
        assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(header(record, CloudEventHeaders.ID)).isEqualTo(stored.get("event_identifier"));
        assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo("ledgerline.platformtest.NoteWritten.v1");
        assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/ledgerline/platform-test");
        assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo(noteId);
        assertThat(header(record, CloudEventHeaders.TIME)).isNotBlank();
        assertThat(header(record, CloudEventHeaders.TENANT)).isEqualTo("acme");
        assertThat(header(record, CloudEventHeaders.ACTOR)).isEqualTo("alice");
        assertThat(header(record, CloudEventHeaders.CORRELATION_ID)).isEqualTo("request-outbox-1");
        assertThat(header(record, CloudEventHeaders.CAUSATION_ID)).isNotBlank();
        JsonSchemaAssertions.assertMatchesSchema(
                EventCatalog.schemaResource("ledgerline.platformtest.NoteWritten.v1"),
                new String(record.value(), StandardCharsets.UTF_8));
    }

    @Test
    void storesEventsAsReadableJsonInByteaColumnsWithoutLargeObjects() {
        String noteId = PlatformTestSupport.newId();
        write(noteId, "readable", "request-outbox-2");

        Map<String, Object> row = jdbc.queryForMap("""
                SELECT convert_from(payload, 'UTF8') AS payload, convert_from(meta_data, 'UTF8') AS meta_data
                FROM domain_event_entry WHERE aggregate_identifier = ?""", noteId);
        awaitPublished(noteId, 1);

        assertThat((String) row.get("payload")).contains("\"text\":\"readable\"");
        assertThat((String) row.get("meta_data")).contains("\"tenant\":\"acme\"", "\"actor\":\"alice\"",
                "\"correlationId\":\"request-outbox-2\"", "\"causationId\"");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_largeobject_metadata", Long.class)).isZero();
        List<String> serializedColumnTypes = jdbc.queryForList("""
                SELECT data_type FROM information_schema.columns
                WHERE table_schema = 'platformtest'
                  AND (table_name, column_name) IN (('domain_event_entry', 'payload'),
                      ('domain_event_entry', 'meta_data'), ('snapshot_event_entry', 'payload'),
                      ('token_entry', 'token'), ('saga_entry', 'serialized_saga'))""", String.class);
        assertThat(serializedColumnTypes).hasSize(5).containsOnly("bytea");
    }

    @Test
    void aPublisherStoppedBetweenAcknowledgementAndTokenCommitSendsAgainAndTheConsumerAppliesOnce() {
        crash.arm();
        String noteId = PlatformTestSupport.newId();
        write(noteId, "sent twice", "request-outbox-3");

        List<ConsumerRecord<String, byte[]>> copies = awaitPublished(noteId, 2);

        assertThat(header(copies.get(1), CloudEventHeaders.ID)).isEqualTo(header(copies.get(0), CloudEventHeaders.ID));
        String eventId = header(copies.get(0), CloudEventHeaders.ID);
        await().atMost(WAIT).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM processed_event WHERE event_id = ?", Long.class, eventId)).isOne());
        // Both copies have been consumed once the partition's committed position passed them; the log must hold one.
        await().atMost(WAIT).untilAsserted(() -> assertThat(InboxIT.consumedOffsetsPassed(copies)).isTrue());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM note_log WHERE event_id = ?", Long.class, eventId))
                .isOne();
    }

    private void write(String noteId, String text, String requestId) {
        try (CallerContexts.Scope ignored = CallerContexts.open(
                new CallerContext("acme", "alice", requestId, null))) {
            commands.sendAndWait(new WriteNoteCommand(noteId, text));
        }
    }

    private static List<ConsumerRecord<String, byte[]>> awaitPublished(String noteId, int count) {
        return KafkaRecords.awaitRecords(TestKafka.instance().bootstrapServers(), NoteEvents.CATALOG.topic(),
                record -> noteId.equals(record.key()), count, WAIT);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return KafkaRecords.header(record, name);
    }
}
