package io.ledgerline.task.integration;

import static io.ledgerline.task.TaskApiClient.WAIT;
import static io.ledgerline.task.TaskFixtures.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import io.ledgerline.contract.EventCatalog;
import io.ledgerline.platform.outbox.CloudEventHeaders;
import io.ledgerline.task.TaskApiClient;
import io.ledgerline.task.api.TaskEvents;
import io.ledgerline.testsupport.JsonSchemaAssertions;
import io.ledgerline.testsupport.KafkaRecords;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.TestKafka;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every record task-service really publishes matches the JSON Schema of its type, and every type is published. */
@LedgerlineIntegrationTest
class TaskEventContractIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void publishesEveryTypeOfItsCatalogAsItsSchemaDescribes() {
        TaskApiClient api = new TaskApiClient(http, jdbc);
        String projectId = api.activeProject(MEMBER);
        String blocker = api.task(projectId, "Blocker");
        String taskId = api.read(api.createTask("""
                {"projectId":"%s","title":"Contract","description":"Every event once","priority":"URGENT",
                 "estimateHours":12.25,"dueDate":"2026-12-18"}""".formatted(projectId))).get("taskId").asText();
        String task = "/api/v1/tasks/" + taskId;
        List.of(api.exchange(POST, task + "/assignees", "{\"userId\":\"" + MEMBER + "\"}", null),
                api.exchange(DELETE, task + "/assignees/" + MEMBER, null, null),
                api.exchange(PUT, task + "/status", "{\"status\":\"IN_PROGRESS\"}", null),
                api.exchange(PUT, task + "/estimate", "{\"hours\":16}", null),
                api.exchange(PUT, task + "/due-date", "{}", null),
                api.exchange(POST, task + "/dependencies", "{\"blockerTaskId\":\"" + blocker + "\"}", null),
                api.exchange(DELETE, task + "/dependencies/" + blocker, null, null),
                api.exchange(POST, task + "/comments", "{\"text\":\"Published as described\"}", null))
                .forEach(response -> assertThat(response.getStatusCode().is2xxSuccessful())
                        .as(response.getBody()).isTrue());
        long events = api.count("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", taskId);

        List<ConsumerRecord<String, byte[]>> records = KafkaRecords.awaitEvents(
                TestKafka.instance().bootstrapServers(), TaskEvents.CATALOG.topic(), r -> taskId.equals(r.key()),
                (int) events, WAIT);

        assertThat(events).isEqualTo(11);
        records.forEach(record -> JsonSchemaAssertions.assertMatchesSchema(
                EventCatalog.schemaResource(KafkaRecords.header(record, CloudEventHeaders.TYPE)),
                new String(record.value(), StandardCharsets.UTF_8)));
        assertThat(records.stream().map(record -> KafkaRecords.header(record, CloudEventHeaders.TYPE)))
                .containsExactlyInAnyOrderElementsOf(List.of("ledgerline.task.TaskCreated.v1",
                        "ledgerline.task.TaskEstimated.v1", "ledgerline.task.TaskDueDateChanged.v1",
                        "ledgerline.task.TaskAssigned.v1", "ledgerline.task.TaskUnassigned.v1",
                        "ledgerline.task.TaskStatusChanged.v1", "ledgerline.task.TaskEstimated.v1",
                        "ledgerline.task.TaskDueDateChanged.v1", "ledgerline.task.TaskDependencyAdded.v1",
                        "ledgerline.task.TaskDependencyRemoved.v1", "ledgerline.task.TaskCommented.v1"))
                .containsAll(TaskEvents.CATALOG.byType().keySet());
    }
}
