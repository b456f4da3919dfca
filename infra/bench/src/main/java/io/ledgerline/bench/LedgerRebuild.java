package io.ledgerline.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.ledgerline.timetracking.api.TimeEvents;
import io.ledgerline.timetracking.api.TimeLogged;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Rebuilding billing's ledger from stored events. billing's ledger ({@code priced_entry}) is kept by an inbox
 * consumer of {@code ledgerline.time.v1}, not by an Axon processor, so its stored events are the records on that
 * topic and a rebuild is its consumer group reading them again. This writes {@code events} TimeLogged records there
 * exactly as timetracking-service's outbox does (CloudEvents headers, JSON data, keyed by entry), as fast as the
 * broker takes them, then measures how fast billing applies them: events/s until its lag is zero, or until the cap.
 */
final class LedgerRebuild {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL).build();

    private LedgerRebuild() {
    }

    /** Stored per second by the producer, applied per second by billing; {@code applied} may stop at the cap. */
    record Result(long events, double storedPerSecond, long applied, double appliedSeconds) {
        double appliedPerSecond() {
            return appliedSeconds <= 0 ? 0 : applied / appliedSeconds;
        }
    }

    static Result run(String bootstrapServers, LagSampler lags, String tenant, String projectId, String taskId,
                      List<String> users, long events, Duration cap) throws Exception {
        long lagBefore = Math.max(0, lags.consumerLag());
        long start = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = producer(bootstrapServers)) {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            for (long n = 0; n < events; n++) {
                String entryId = UUID.randomUUID().toString();
                String user = users.get((int) (n % users.size()));
                TimeLogged event = new TimeLogged(entryId, user, projectId, taskId, today.minusDays(1 + n % 360),
                        30, 30, null, "replayed", true, user);
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(TimeEvents.CATALOG.topic(), null,
                        entryId, JSON.writeValueAsBytes(event));
                headers(record.headers(), entryId, tenant);
                producer.send(record);
            }
            producer.flush();
        }
        double storedSeconds = (System.nanoTime() - start) / 1e9;
        long deadline = start + cap.toNanos();
        long lag = lags.consumerLag();
        while (lag != 0 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            lag = lags.consumerLag();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long applied = Math.max(0, events + lagBefore - Math.max(0, lag));
        return new Result(events, events / storedSeconds, applied, seconds);
    }

    private static void headers(Headers headers, String entryId, String tenant) {
        String eventId = UUID.randomUUID().toString();
        put(headers, "ce_specversion", "1.0");
        put(headers, "ce_id", eventId);
        put(headers, "ce_type", "ledgerline.time.TimeLogged.v1");
        put(headers, "ce_source", TimeEvents.CATALOG.source());
        put(headers, "ce_time", Instant.now().toString());
        put(headers, "ce_subject", entryId);
        put(headers, "content-type", "application/json");
        put(headers, "ce_tenant", tenant);
        put(headers, "ce_actor", "bench");
        put(headers, "ce_correlationid", eventId);
        put(headers, "ce_causationid", eventId);
    }

    private static void put(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaProducer<>(properties);
    }
}
