package io.ledgerline.platform.testapp;

import io.ledgerline.platform.outbox.CloudEventHeaders;
import io.ledgerline.testsupport.KafkaRecords;
import io.ledgerline.testsupport.TestKafka;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Sends hand-made records to the test topic, the way another service (or a broken one) would. */
public final class PlatformTestSupport {

    private PlatformTestSupport() {
    }

    /** A record with the CloudEvents headers of a NoteWritten event and the given raw data. */
    public static ProducerRecord<String, byte[]> noteRecord(String eventId, String key, String json) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(NoteEvents.CATALOG.topic(), key,
                json.getBytes(StandardCharsets.UTF_8));
        Map.of(CloudEventHeaders.SPEC_VERSION, "1.0",
                CloudEventHeaders.ID, eventId,
                CloudEventHeaders.TYPE, "ledgerline.platformtest.NoteWritten.v1",
                CloudEventHeaders.SOURCE, "/ledgerline/platform-test",
                CloudEventHeaders.TIME, "2026-11-26T10:15:30Z",
                CloudEventHeaders.SUBJECT, key,
                CloudEventHeaders.TENANT, "acme",
                CloudEventHeaders.CORRELATION_ID, "corr-" + eventId)
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    /** Sends records and waits for the broker to take them. */
    @SafeVarargs
    public static void send(ProducerRecord<String, byte[]>... records) {
        KafkaRecords.send(TestKafka.instance().bootstrapServers(), records);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
