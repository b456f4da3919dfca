package io.ledgerline.task;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.project.api.ProjectRole;
import io.ledgerline.testsupport.KafkaRecords;
import io.ledgerline.testsupport.TestKafka;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Drives task-service in integration tests: project events in through Kafka, requests through its API. */
public final class TaskApiClient {

    public static final Duration WAIT = Duration.ofSeconds(30);

    private final TestRestTemplate http;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    public TaskApiClient(TestRestTemplate http, JdbcTemplate jdbc) {
        this.http = http;
        this.jdbc = jdbc;
    }

    /** Sends records to Kafka as project-service would, waiting for the broker's acknowledgement of each. */
    @SafeVarargs
    public static void send(ProducerRecord<String, byte[]>... records) {
        KafkaRecords.send(TestKafka.instance().bootstrapServers(), records);
    }

    /** A new ACTIVE project with the given members, once task-service has learnt all of it. */
    public String activeProject(String... members) {
        Map<String, ProjectRole> roles = new LinkedHashMap<>();
        for (String member : members) {
            roles.put(member, ProjectRole.MEMBER);
        }
        return activeProject(roles);
    }

    /** A new ACTIVE project with the given members in the given project roles, once task-service knows it. */
    public String activeProject(Map<String, ProjectRole> members) {
        String projectId = UUID.randomUUID().toString();
        send(TaskFixtures.projectCreatedRecord(projectId));
        members.forEach((member, role) -> send(TaskFixtures.memberAddedRecord(projectId, member, role)));
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM known_project WHERE project_id = ?", projectId)
                == 1 && count("SELECT count(*) FROM project_member WHERE project_id = ?", projectId)
                == members.size());
        return projectId;
    }

    public long count(String query, Object... arguments) {
        Long count = jdbc.queryForObject(query, Long.class, arguments);
        return count == null ? 0 : count;
    }

    public ResponseEntity<String> createTask(String body) {
        return exchange(HttpMethod.POST, "/api/v1/tasks", body, null);
    }

    /** Creates a task with the title in the project and answers its id. */
    public String task(String projectId, String title) {
        return read(createTask("""
                {"projectId":"%s","title":"%s"}""".formatted(projectId, title))).get("taskId").asText();
    }

    public ResponseEntity<String> get(String path) {
        return exchange(HttpMethod.GET, path, null, null);
    }

    public ResponseEntity<String> exchange(HttpMethod method, String path, String body, String ifMatch) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            headers.setIfMatch(ifMatch);
        }
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    public JsonNode read(ResponseEntity<String> response) {
        try {
            return json.readTree(response.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
