package io.ledgerline.task.web;

import static io.ledgerline.task.TaskFixtures.projectCreatedRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.contract.EventCatalog;
import io.ledgerline.task.api.TaskEvents;
import io.ledgerline.testsupport.JsonSchemaAssertions;
import io.ledgerline.testsupport.KafkaRecords;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

@LedgerlineIntegrationTest
class TaskApiIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void createsATaskInAProjectLearntFromProjectEvents() throws Exception {
        String projectId = UUID.randomUUID().toString();
        send(projectCreatedRecord(projectId));
        awaitKnown(projectId);

        ResponseEntity<String> created = postTask(projectId, "Design review");

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String taskId = json.readTree(created.getBody()).get("taskId").asText();
        assertThat(created.getHeaders().getLocation()).hasPath("/api/v1/tasks/" + taskId);
        var record = KafkaRecords.awaitRecords(TestKafka.instance().bootstrapServers(), TaskEvents.CATALOG.topic(),
                r -> taskId.equals(r.key()), 1, WAIT).get(0);
        JsonSchemaAssertions.assertMatchesSchema(EventCatalog.schemaResource("ledgerline.task.TaskCreated.v1"),
                new String(record.value(), StandardCharsets.UTF_8));
    }

    @Test
    void refusesATaskForAnUnknownProjectWith422Problem() {
        ResponseEntity<String> refused = postTask(UUID.randomUUID().toString(), "Nowhere");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody()).contains("is not a known, active project");
    }

    @Test
    void appliesARedeliveredProjectEventOnce() throws Exception {
        String projectId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String otherProjectId = UUID.randomUUID().toString();

        send(projectCreatedRecord(projectId, eventId), projectCreatedRecord(projectId, eventId),
                projectCreatedRecord(otherProjectId));
        // records of one partition are applied in order; the later project is known once both copies were seen
        awaitKnown(otherProjectId);
        await().atMost(WAIT).until(() -> inboxRows(eventId) == 1);

        assertThat(jdbc.queryForObject("SELECT events_applied FROM known_project WHERE project_id = ?",
                Integer.class, projectId)).isOne();
    }

    private void awaitKnown(String projectId) {
        await().atMost(WAIT).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM known_project WHERE project_id = ?", Long.class, projectId) == 1);
    }

    private long inboxRows(String eventId) {
        return jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE event_id = ?", Long.class, eventId);
    }

    private ResponseEntity<String> postTask(String projectId, String title) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity("/api/v1/tasks", new HttpEntity<>("""
                {"projectId":"%s","title":"%s","priority":"HIGH"}""".formatted(projectId, title), headers),
                String.class);
    }

    @SafeVarargs
    private static void send(ProducerRecord<String, byte[]>... records) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.instance().bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            for (ProducerRecord<String, byte[]> record : records) {
                producer.send(record).get();
            }
        }
    }
}
