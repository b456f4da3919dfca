package io.ledgerline.testsupport;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from the beginning without a consumer group (all partitions assigned, nothing
 * committed), so tests never disturb the consumers they observe.
 */
public final class KafkaRecords {

    private static final Duration POLL = Duration.ofMillis(200);

    private KafkaRecords() {
    }

    /**
     * Waits until {@code count} records of {@code topic} match, reading from the beginning.
     *
     * @return the first {@code count} matching records, in partition-then-offset arrival order
     * @throws AssertionError when fewer than {@code count} matched within {@code timeout}
     */
    public static List<ConsumerRecord<String, byte[]>> awaitRecords(String bootstrapServers, String topic,
            Predicate<ConsumerRecord<String, byte[]>> match, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ConsumerRecord<String, byte[]>> matched = new ArrayList<>();
        int seen = 0;
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrapServers)) {
            List<TopicPartition> partitions = awaitPartitions(consumer, topic, deadline);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (matched.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    seen++;
                    if (matched.size() < count && match.test(record)) {
                        matched.add(record);
                    }
                }
            }
        }
        if (matched.size() < count) {
            throw new AssertionError("Expected " + count + " matching records on " + topic + " within " + timeout
                    + " but found " + matched.size() + " among " + seen + " records");
        }
        return matched;
    }

    /**
     * Waits until {@code count} distinct events of {@code topic} match: a record whose {@code ce_id} was already
     * matched (a redelivery, which at-least-once publishing may bring under load) is passed over.
     *
     * @return the first {@code count} matching events, each once, in partition-then-offset arrival order
     * @throws AssertionError when fewer than {@code count} distinct events matched within {@code timeout}
     */
    public static List<ConsumerRecord<String, byte[]>> awaitEvents(String bootstrapServers, String topic,
            Predicate<ConsumerRecord<String, byte[]>> match, int count, Duration timeout) {
        Set<String> eventIds = new HashSet<>();
        return awaitRecords(bootstrapServers, topic, match.and(record -> eventIds.add(header(record, "ce_id"))),
                count, timeout);
    }

    /** Sends records as another service would, with acks=all, and waits until the broker took each. */
    @SafeVarargs
    public static void send(String bootstrapServers, ProducerRecord<String, byte[]>... records) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            for (ProducerRecord<String, byte[]> record : records) {
                producer.send(record).get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the broker did not take a record", e);
        }
    }

    /** The value of the last header called {@code name} as UTF-8 text, or {@code null} when absent. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static List<TopicPartition> awaitPartitions(KafkaConsumer<?, ?> consumer, String topic, long deadline) {
        while (true) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            if (!partitions.isEmpty()) {
                return partitions;
            }
            if (System.nanoTime() >= deadline) {
                throw new AssertionError("Topic " + topic + " does not exist");
            }
            sleep();
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic) {
        try {
            return consumer.partitionsFor(topic, POLL).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
        } catch (TimeoutException e) { // no metadata yet: ask again until the deadline
            return List.of();
        }
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrapServers) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for a topic", e);
        }
    }
}
