package io.ledgerline.platform.ops;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.platform.context.CallerContexts;
import io.ledgerline.platform.web.NotFoundException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dead letters of this service's subscriptions: read from the {@code .dlt} topics without a consumer group (so
 * reading moves no offset), retried by republishing the original record to its topic, or evicted. Both are
 * remembered in {@code dead_letter_resolution}, which the list leaves out.
 */
class DeadLetters {

    static final String CONSUMER_HEADER = "ledgerline_dlt_consumer";
    static final String REASON_HEADER = "ledgerline_dlt_reason";
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

    private final List<String> topics;
    private final String application;
    private final Map<String, Object> consumerConfig;
    private final KafkaTemplate<String, byte[]> kafka;
    private final DeadLetterResolutions resolutions;
    private final TransactionTemplate transactions;

    DeadLetters(List<String> topics, String application, Map<String, Object> consumerConfig,
                KafkaTemplate<String, byte[]> kafka, DeadLetterResolutions resolutions,
                TransactionTemplate transactions) {
        this.topics = List.copyOf(topics);
        this.application = application;
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, application + "-ops-dead-letters");
        this.consumerConfig = config;
        this.kafka = kafka;
        this.resolutions = resolutions;
        this.transactions = transactions;
    }

    /** Every unresolved dead letter this service's consumers left, oldest first per topic and partition. */
    List<DeadLetter> list() {
        Set<String> resolved = resolutions.resolved(topics);
        List<DeadLetter> letters = new ArrayList<>();
        try (Consumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig)) {
            for (String topic : topics) {
                readAll(consumer, topic).stream()
                        .filter(record -> application.equals(text(record.headers(), CONSUMER_HEADER)))
                        .filter(record -> !resolved.contains(
                                DeadLetterResolutions.key(topic, record.partition(), record.offset())))
                        .map(DeadLetters::view)
                        .forEach(letters::add);
            }
        }
        letters.sort(Comparator.comparing(DeadLetter::topic).thenComparing(DeadLetter::partition)
                .thenComparing(DeadLetter::offset));
        return letters;
    }

    /** Republishes the dead letter's original record (key, value, CloudEvents headers) to the topic it came from. */
    void retry(String topic, int partition, long offset) {
        ConsumerRecord<byte[], byte[]> letter = find(topic, partition, offset);
        String originalTopic = text(letter.headers(), KafkaHeaders.DLT_ORIGINAL_TOPIC);
        ProducerRecord<String, byte[]> original = new ProducerRecord<>(
                originalTopic != null ? originalTopic : topic.substring(0, topic.length() - ".dlt".length()),
                null, letter.key() == null ? null : new String(letter.key(), StandardCharsets.UTF_8), letter.value());
        for (Header header : letter.headers()) {
            if (!header.key().startsWith("kafka_dlt-") && !header.key().startsWith("ledgerline_dlt_")) {
                original.headers().add(header);
            }
        }
        transactions.executeWithoutResult(status -> {
            claim(topic, partition, offset, "retried");
            try {
                kafka.send(original).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while republishing", e);
            } catch (Exception e) {
                throw new IllegalStateException("the broker did not take the republished record: " + e, e);
            }
        });
    }

    /** Gives up on the dead letter: it stays on the topic but leaves the list. */
    void evict(String topic, int partition, long offset) {
        find(topic, partition, offset);
        claim(topic, partition, offset, "evicted");
    }

    private void claim(String topic, int partition, long offset, String action) {
        String actor = CallerContexts.current().map(CallerContext::actor).orElse("unknown");
        if (!resolutions.resolve(topic, partition, offset, action, actor)) {
            throw new IllegalStateException("dead letter " + topic + "/" + partition + "/" + offset
                    + " was already retried or evicted");
        }
    }

    private ConsumerRecord<byte[], byte[]> find(String topic, int partition, long offset) {
        String id = topic + "/" + partition + "/" + offset;
        if (!topics.contains(topic)) {
            throw new NotFoundException("dead-letter topic", topic);
        }
        try (Consumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig)) {
            TopicPartition where = new TopicPartition(topic, partition);
            if (partition < 0 || partition >= consumer.partitionsFor(topic).size()) {
                throw new NotFoundException("dead letter", id);
            }
            consumer.assign(List.of(where));
            long end = consumer.endOffsets(List.of(where)).get(where);
            if (offset < 0 || offset >= end) {
                throw new NotFoundException("dead letter", id);
            }
            consumer.seek(where, offset);
            Instant deadline = Instant.now().plus(READ_TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == offset
                            && application.equals(text(record.headers(), CONSUMER_HEADER))) {
                        return record;
                    }
                    if (record.offset() >= offset) {
                        throw new NotFoundException("dead letter", id);
                    }
                }
            }
        }
        throw new NotFoundException("dead letter", id);
    }

    private static List<ConsumerRecord<byte[], byte[]>> readAll(Consumer<byte[], byte[]> consumer, String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        Instant deadline = Instant.now().plus(READ_TIMEOUT);
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("could not read " + topic + " within " + READ_TIMEOUT);
            }
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        return records;
    }

    private static DeadLetter view(ConsumerRecord<byte[], byte[]> record) {
        Headers headers = record.headers();
        return new DeadLetter(DeadLetter.SOURCE, record.topic(), record.partition(), record.offset(),
                Instant.ofEpochMilli(record.timestamp()),
                record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
                text(headers, "ce_id"), text(headers, "ce_type"), text(headers, CONSUMER_HEADER),
                text(headers, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP), text(headers, KafkaHeaders.DLT_ORIGINAL_TOPIC),
                number(headers, KafkaHeaders.DLT_ORIGINAL_PARTITION, Integer.BYTES) == null ? null
                        : number(headers, KafkaHeaders.DLT_ORIGINAL_PARTITION, Integer.BYTES).intValue(),
                number(headers, KafkaHeaders.DLT_ORIGINAL_OFFSET, Long.BYTES),
                text(headers, KafkaHeaders.DLT_EXCEPTION_FQCN), text(headers, REASON_HEADER),
                record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8));
    }

    private static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Long number(Headers headers, String name, int size) {
        Header header = headers.lastHeader(name);
        if (header == null || header.value() == null || header.value().length != size) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(header.value());
        return size == Integer.BYTES ? buffer.getInt() : buffer.getLong();
    }
}
