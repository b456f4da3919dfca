package io.ledgerline.timetracking;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.project.api.BillingMode;
import io.ledgerline.project.api.ProjectRole;
import io.ledgerline.testsupport.KafkaRecords;
import io.ledgerline.testsupport.TestIdentity;
import io.ledgerline.testsupport.TestKafka;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Drives timetracking-service in integration tests: others' events in through Kafka, requests through its API. */
public final class TimeApiClient {

    public static final Duration WAIT = Duration.ofSeconds(30);

    private final TestRestTemplate http;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    public TimeApiClient(TestRestTemplate http, JdbcTemplate jdbc) {
        this.http = http;
        this.jdbc = jdbc;
    }

    /** A project with one open task, where work is known to timetracking-service once all was applied. */
    public record Work(String projectId, String taskId, String manager, String member) {
    }

    @SafeVarargs
    public static void send(ProducerRecord<String, byte[]>... records) {
        KafkaRecords.send(TestKafka.instance().bootstrapServers(), records);
    }

    /** A fresh user name, so that tests never share a user's week. */
    public static String user(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public static String bearer(String user, String... roles) {
        return TestIdentity.instance().token(TimeFixtures.TENANT, user, roles);
    }

    /** A new ACTIVE project billed by time with a fresh manager and member and one open task. */
    public Work work() {
        return work(BillingMode.TIME_AND_MATERIALS);
    }

    public Work work(BillingMode mode) {
        return work(mode, user("mia"), user("bob"));
    }

    /** A new ACTIVE project with this MANAGER and MEMBER and one open task. */
    public Work work(BillingMode mode, String manager, String member) {
        String projectId = UUID.randomUUID().toString();
        String taskId = UUID.randomUUID().toString();
        send(TimeFixtures.projectCreated(projectId, mode), TimeFixtures.memberAdded(projectId, manager,
                ProjectRole.MANAGER), TimeFixtures.memberAdded(projectId, member, ProjectRole.MEMBER));
        send(TimeFixtures.taskCreated(taskId, projectId));
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM known_task WHERE task_id = ?", taskId) == 1
                && count("SELECT count(*) FROM project_member WHERE project_id = ?", projectId) == 2);
        return new Work(projectId, taskId, manager, member);
    }

    /** Another open task of the work's project. */
    public String task(Work work) {
        String taskId = UUID.randomUUID().toString();
        send(TimeFixtures.taskCreated(taskId, work.projectId()));
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM known_task WHERE task_id = ?", taskId) == 1);
        return taskId;
    }

    /** Logs minutes today as the member; answers the entry id. */
    public String log(Work work, int minutes) {
        ResponseEntity<String> logged = exchange(HttpMethod.POST, "/api/v1/time-entries", """
                {"taskId":"%s","minutes":%d,"date":"%s","description":"Work"}""".formatted(work.taskId(), minutes,
                today()), bearer(work.member(), "member"), null);
        if (!logged.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("could not log time: " + logged.getBody());
        }
        return read(logged).get("entryId").asText();
    }

    public long count(String query, Object... arguments) {
        Long count = jdbc.queryForObject(query, Long.class, arguments);
        return count == null ? 0 : count;
    }

    public ResponseEntity<String> get(String path, String token) {
        return exchange(HttpMethod.GET, path, null, token, null);
    }

    public ResponseEntity<String> exchange(HttpMethod method, String path, String body, String token,
                                           String ifMatch) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            headers.setBearerAuth(token);
        }
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
