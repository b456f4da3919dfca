package io.ledgerline.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** Starts the real broker and PostgreSQL through the public API, on free ports and a fresh data directory. */
class LocalStackIT {

    private static final String TOPIC = "local-stack-it";

    @Test
    void runsKafkaAndPostgresAndLeavesNoProcessBehind() throws Exception {
        long started = System.nanoTime();
        LocalStack stack = infrastructureOnly(freshDataDirectory()).start();
        System.out.printf("broker + PostgreSQL ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
        List<ProcessHandle> children;
        long postmaster;
        try {
            produce(stack, "project-1", "created");
            assertThat(consumeAll(stack)).contains("project-1=created");
            assertThat(query(stack, "SELECT current_database()")).isEqualTo("ledgerline");
            children = ProcessHandle.current().descendants().toList();
            postmaster = postmasterPid(stack);
            assertThat(children).as("the broker runs as a child process").isNotEmpty();
        } finally {
            stack.stop();
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(children).noneMatch(ProcessHandle::isAlive);
            assertThat(ProcessHandle.current().descendants()).noneMatch(ProcessHandle::isAlive);
            assertThat(ProcessHandle.of(postmaster)).isEmpty();
        });
    }

    @Test
    void keepsRecordsAndRowsAcrossARestartOnTheSameDataDirectory() throws Exception {
        Path data = freshDataDirectory();
        try (LocalStack first = infrastructureOnly(data).start()) {
            produce(first, "task-7", "assigned");
            query(first, "CREATE TABLE survivor AS SELECT 'still here' AS word");
        }
        try (LocalStack second = infrastructureOnly(data).start()) {
            assertThat(consumeAll(second)).contains("task-7=assigned");
            assertThat(query(second, "SELECT word FROM survivor")).isEqualTo("still here");
        }
    }

    private static LocalStackBuilder infrastructureOnly(Path data) throws IOException {
        return LocalStack.configure().dataDirectory(data).postgresPort(TestStacks.freePort())
                .kafkaPort(TestStacks.freePortPair())
                .startupTimeout(Duration.ofSeconds(90)).services();
    }

    private static Path freshDataDirectory() {
        return TestStacks.freshDataDirectory("local-stack");
    }

    private static void produce(LocalStack stack, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        }
    }

    private static List<String> consumeAll(LocalStack stack) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(record.key() + "=" + record.value());
                }
                return !seen.isEmpty();
            });
        }
        return seen;
    }

    private static String query(LocalStack stack, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(stack.postgresJdbcUrl(), "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            if (!statement.execute(sql)) {
                return null;
            }
            ResultSet result = statement.getResultSet();
            return result.next() ? result.getString(1) : null;
        }
    }

    private static long postmasterPid(LocalStack stack) throws IOException {
        return Long.parseLong(Files.readAllLines(stack.dataDirectory().resolve("postgres/postmaster.pid")).get(0));
    }
}
