package io.ledgerline.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class TestKafkaTest {

    private final String bootstrapServers = TestKafka.instance().bootstrapServers();

    @Test
    void roundTripsARecordWithHeaders() throws Exception {
        String topic = "ledgerline.test-support." + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        byte[] value = "{\"hours\":1.5}".getBytes(StandardCharsets.UTF_8);
        ProducerRecord<String, byte[]> sent = new ProducerRecord<>(topic, key, value);
        sent.headers().add("ce_type", "ledgerline.test.Sample.v1".getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(sent).get();
        }

        List<ConsumerRecord<String, byte[]>> received = KafkaRecords.awaitRecords(
                bootstrapServers, topic, record -> key.equals(record.key()), 1, Duration.ofSeconds(20));

        assertThat(received).singleElement().satisfies(record -> {
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("{\"hours\":1.5}");
            assertThat(KafkaRecords.header(record, "ce_type")).isEqualTo("ledgerline.test.Sample.v1");
            assertThat(KafkaRecords.header(record, "ce_id")).isNull();
        });
    }

    @Test
    void autoCreatesTopicsWithThreePartitions() throws Exception {
        String topic = "ledgerline.test-support.partitions." + UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>(topic, "k", new byte[0])).get();
            assertThat(producer.partitionsFor(topic)).hasSize(3);
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new ByteArraySerializer());
    }
}
