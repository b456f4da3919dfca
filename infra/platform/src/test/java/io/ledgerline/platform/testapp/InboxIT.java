package io.ledgerline.platform.testapp;

import static io.ledgerline.platform.testapp.PlatformTestSupport.newId;
import static io.ledgerline.platform.testapp.PlatformTestSupport.noteRecord;
import static io.ledgerline.platform.testapp.PlatformTestSupport.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.contract.EventCatalog;
import io.ledgerline.platform.outbox.CloudEventHeaders;
import io.ledgerline.testsupport.KafkaRecords;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.TestKafka;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.jdbc.core.JdbcTemplate;

@AutoConfigureObservability
@LedgerlineIntegrationTest
class InboxIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String CONSUMER = "platform-test.note-log";
    private static final String DEAD_LETTERS = EventCatalog.deadLetterTopic(NoteEvents.CATALOG.topic());

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void appliesARedeliveredEventOnce() throws Exception {
        String eventId = newId();
        String noteId = newId();
        var record = noteRecord(eventId, noteId, "{\"noteId\":\"" + noteId + "\",\"text\":\"once\"}");

        send(record, record);

        List<ConsumerRecord<String, byte[]>> both = KafkaRecords.awaitRecords(TestKafka.instance().bootstrapServers(),
                NoteEvents.CATALOG.topic(), r -> eventId.equals(KafkaRecords.header(r, CloudEventHeaders.ID)), 2, WAIT);
        await().atMost(WAIT).untilAsserted(() -> assertThat(consumedOffsetsPassed(both)).isTrue());
        assertThat(logged(eventId)).isOne();
        assertThat(jdbc.queryForMap("SELECT tenant, correlation_id FROM note_log WHERE event_id = ?", eventId))
                .containsEntry("tenant", "acme").containsEntry("correlation_id", "corr-" + eventId);
    }

    @Test
    void aPoisonRecordLandsOnTheDeadLetterTopicAndLaterRecordsStillFlow() throws Exception {
        String poisonId = newId();
        String laterId = newId();
        String key = newId();

        send(noteRecord(poisonId, key, "{not json"),
                noteRecord(laterId, key, "{\"noteId\":\"" + key + "\",\"text\":\"after the poison\"}"));

        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(poisonId);
        assertThat(KafkaRecords.header(dead, "ledgerline_dlt_reason")).contains("does not bind");
        assertThat(KafkaRecords.header(dead, "ledgerline_dlt_consumer")).isEqualTo("platform-test");
        assertThat(KafkaRecords.header(dead, "kafka_dlt-original-topic")).isEqualTo(NoteEvents.CATALOG.topic());
        await().atMost(WAIT).untilAsserted(() -> assertThat(logged(laterId)).isOne());
        assertThat(logged(poisonId)).isZero();
    }

    @Test
    void aRecordTheHandlerKeepsRefusingIsRetriedThenDeadLetteredWithoutAPartialWrite() throws Exception {
        String failingId = newId();
        String laterId = newId();
        String key = newId();

        send(noteRecord(failingId, key, "{\"noteId\":\"" + key + "\",\"text\":\"fail always\"}"),
                noteRecord(laterId, key, "{\"noteId\":\"" + key + "\",\"text\":\"fine\"}"));

        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(failingId);
        assertThat(KafkaRecords.header(dead, "ledgerline_dlt_reason")).contains("refuses fail always");
        await().atMost(WAIT).untilAsserted(() -> assertThat(logged(laterId)).isOne());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE event_id = ?", Long.class,
                failingId)).as("the refused record left no inbox row behind").isZero();
    }

    @Test
    void recordsPolledWithAFailingOneAreEachAppliedOnceAndOnlyTheFailingOneIsDeadLettered() throws Exception {
        String key = newId();
        List<String> good = List.of(newId(), newId(), newId(), newId());
        String failingId = newId();

        send(note(good.get(0), key, "first"), note(good.get(1), key, "second"),
                note(failingId, key, "fail always"), note(good.get(2), key, "third"), note(good.get(3), key, "fourth"));

        awaitDeadLetter(failingId);
        await().atMost(WAIT).untilAsserted(() -> good.forEach(id -> assertThat(logged(id)).as(id).isOne()));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE event_id IN (?, ?, ?, ?, ?)",
                Long.class, good.get(0), good.get(1), good.get(2), good.get(3), failingId)).isEqualTo(4);
        assertThat(jdbc.queryForList("SELECT text FROM note_log WHERE note_id = ?", String.class, key))
                .containsExactlyInAnyOrder("first", "second", "third", "fourth");
    }

    private static ProducerRecord<String, byte[]> note(String eventId, String key, String text) {
        return noteRecord(eventId, key, "{\"noteId\":\"" + key + "\",\"text\":\"" + text + "\"}");
    }

    @Test
    void aRecordWithoutAnEventIdIsDeadLettered() throws Exception {
        String key = newId();
        var record = noteRecord("ignored", key, "{\"noteId\":\"" + key + "\",\"text\":\"anonymous\"}");
        record.headers().remove(CloudEventHeaders.ID);

        send(record);

        KafkaRecords.awaitRecords(TestKafka.instance().bootstrapServers(), DEAD_LETTERS,
                r -> key.equals(r.key()), 1, WAIT);
    }

    private ConsumerRecord<String, byte[]> awaitDeadLetter(String eventId) {
        return KafkaRecords.awaitRecords(TestKafka.instance().bootstrapServers(), DEAD_LETTERS,
                r -> eventId.equals(KafkaRecords.header(r, CloudEventHeaders.ID)), 1, WAIT).get(0);
    }

    private long logged(String eventId) {
        return jdbc.queryForObject("SELECT count(*) FROM note_log WHERE event_id = ?", Long.class, eventId);
    }

    /** Whether the note-log consumer group has committed positions beyond every given record. */
    static boolean consumedOffsetsPassed(List<ConsumerRecord<String, byte[]>> records) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestKafka.instance().bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(CONSUMER).partitionsToOffsetAndMetadata().get();
            return records.stream().allMatch(record -> {
                OffsetAndMetadata position = committed.get(new TopicPartition(record.topic(), record.partition()));
                return position != null && position.offset() > record.offset();
            });
        }
    }
}
