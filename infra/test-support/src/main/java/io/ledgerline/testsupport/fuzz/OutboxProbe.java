package io.ledgerline.testsupport.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.testsupport.KafkaRecords;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/**
 * What the service's outbox published while the requests ran: the offsets of its topic are noted at the start;
 * at the end, once the publishing processor's token has passed the last stored event, every record after those
 * offsets is read, and none may carry the request id of a refused request as {@code ce_correlationid}.
 */
final class OutboxProbe {

    private static final String CORRELATION_HEADER = "ce_correlationid";
    private static final String PUBLISHER = "integration-publisher";

    private final String bootstrapServers;
    private final String topic;
    private final DataSource dataSource;
    private final Map<TopicPartition, Long> start;

    OutboxProbe(String bootstrapServers, String topic, DataSource dataSource) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.dataSource = dataSource;
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            this.start = new HashMap<>(consumer.endOffsets(partitions(consumer)));
        }
    }

    /** The correlation ids among {@code requestIds} that records published since the start carry. */
    List<String> publishedFor(Set<String> requestIds, long lastGlobalIndex) {
        Awaitility.await("the outbox publishing up to event " + lastGlobalIndex).atMost(Duration.ofSeconds(60))
                .until(() -> publishedUpTo() >= lastGlobalIndex);
        List<String> published = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            consumer.assign(partitions);
            partitions.forEach(partition -> consumer.seek(partition, start.getOrDefault(partition, 0L)));
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    String correlation = KafkaRecords.header(record, CORRELATION_HEADER);
                    if (requestIds.contains(correlation)) {
                        published.add(correlation + " at " + record.topic() + "-" + record.partition() + "@"
                                + record.offset());
                    }
                }
            }
        }
        return published;
    }

    private long publishedUpTo() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT convert_from(token, 'UTF8') FROM token_entry WHERE processor_name = ?")) {
            statement.setString(1, PUBLISHER);
            long lowest = Long.MAX_VALUE;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    lowest = Math.min(lowest, index(rows.getString(1)));
                }
            }
            return lowest == Long.MAX_VALUE ? -1 : lowest;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long index(String token) throws SQLException {
        if (token == null) {
            return -1;
        }
        try {
            JsonNode node = JsonEdits.JSON.readTree(token);
            JsonNode current = node.has("currentToken") ? node.get("currentToken") : node;
            return current.path("index").asLong(-1);
        } catch (java.io.IOException e) {
            throw new SQLException("unreadable token " + token, e);
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer) {
        return consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    private KafkaConsumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false));
    }
}
