package io.ledgerline.platform.testapp;

import io.ledgerline.testsupport.CloudEventRecords;
import io.ledgerline.testsupport.KafkaRecords;
import io.ledgerline.testsupport.TestKafka;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Sends hand-made records to the test topic, the way another service (or a broken one) would. */
public final class PlatformTestSupport {

    private PlatformTestSupport() {
    }

    /** A record with the CloudEvents headers of a NoteWritten event and the given raw data. */
    public static ProducerRecord<String, byte[]> noteRecord(String eventId, String key, String json) {
        return CloudEventRecords.raw(NoteEvents.CATALOG, "ledgerline.platformtest.NoteWritten.v1", json, key)
                .id(eventId).tenant("acme").time("2026-11-26T10:15:30Z").correlationId("corr-" + eventId).build();
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
