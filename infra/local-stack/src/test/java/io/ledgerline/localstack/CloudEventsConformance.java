package io.ledgerline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.ledgerline.contract.EventCatalog;
import io.ledgerline.testsupport.JsonSchemaAssertions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads every record of a topic with the CloudEvents Java SDK, as an integration would, and checks each against the
 * CloudEvents spec and the JSON Schema its type names.
 */
final class CloudEventsConformance {

    private CloudEventsConformance() {
    }

    /** Every record on the topic, parsed as a CloudEvent and validated; returns how many there were. */
    static int assertConforms(String bootstrapServers, EventCatalog catalog) {
        List<ConsumerRecord<String, CloudEvent>> records = readAll(bootstrapServers, catalog.topic());
        for (ConsumerRecord<String, CloudEvent> record : records) {
            CloudEvent event = record.value();
            assertThat(event.getSpecVersion()).isEqualTo(SpecVersion.V1);
            assertThat(catalog.eventClass(event.getType())).as("a published type: " + event.getType()).isPresent();
            assertThat(event.getSource().toString()).isEqualTo(catalog.source());
            assertThat(event.getSubject()).isEqualTo(record.key());
            assertThat(event.getTime()).isNotNull();
            assertThat(event.getExtension("tenant")).isNotNull();
            assertThat(event.getDataContentType()).isEqualTo("application/json");
            JsonSchemaAssertions.assertMatchesSchema(EventCatalog.schemaResource(event.getType()),
                    new String(event.getData().toBytes(), StandardCharsets.UTF_8));
        }
        return records.size();
    }

    private static List<ConsumerRecord<String, CloudEvent>> readAll(String bootstrapServers, String topic) {
        List<ConsumerRecord<String, CloudEvent>> records = new ArrayList<>();
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "conformance-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new CloudEventDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
