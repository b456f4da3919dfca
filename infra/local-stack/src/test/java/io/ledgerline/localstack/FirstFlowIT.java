package io.ledgerline.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.contract.EventCatalog;
import io.ledgerline.project.api.ProjectEvents;
import io.ledgerline.task.api.TaskEvents;
import io.ledgerline.testsupport.JsonSchemaAssertions;
import io.ledgerline.testsupport.KafkaRecords;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The first flow across two services, through the gateway, with every part running as its own process as it does
 * for a user: a project a manager created in project-service (for a client finance registered) reaches task-service
 * over Kafka, which then takes tasks for it from that manager.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstFlowIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String PROJECT_CREATED = "ledgerline.project.ProjectCreated.v1";

    private static LocalStack stack;
    private static GatewayClient gateway;
    private static String clientId;
    private static String projectId;

    @BeforeAll
    static void startStack() throws Exception {
        stack = TestStacks.fresh("first-flow")
                .services("identity", "project-service", "task-service", "gateway")
                .startupTimeout(Duration.ofSeconds(180))
                .start();
        gateway = GatewayClient.as(stack, "acme-manager", "secret");
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    @Order(1)
    void aProjectCreatedThroughTheGatewayIsStoredPublishedAndLearntByTaskService() throws Exception {
        HttpResponse<String> client = GatewayClient.as(stack, "acme-finance", "secret").post("/api/v1/clients", """
                {"name":"Acme GmbH","currency":"EUR","paymentTermsDays":30,"defaultTaxRate":"19",
                 "billingAddress":{"line1":"Hauptstrasse 1","postalCode":"10115","city":"Berlin","country":"DE"}}""");
        assertThat(client.statusCode()).as(client.body()).isEqualTo(201);
        clientId = GatewayClient.json(client.body()).get("clientId").asText();

        HttpResponse<String> created = gateway.post("/api/v1/projects", """
                {"clientId":"%s","name":"Website relaunch","code":"WEB-1","billingMode":"TIME_AND_MATERIALS"}"""
                .formatted(clientId), "first-flow-request-1");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("X-Request-Id")).contains("first-flow-request-1");
        projectId = GatewayClient.json(created.body()).get("projectId").asText();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/v1/projects/" + projectId));

        String eventId = queryOne("""
                SELECT event_identifier FROM project.domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%ProjectCreatedEvent'""", projectId);
        assertThat(queryOne("SELECT convert_from(meta_data, 'UTF8') FROM project.domain_event_entry "
                + "WHERE event_identifier = ?", eventId)).contains("\"correlationId\":\"first-flow-request-1\"",
                "\"tenant\":\"acme\"", "\"actor\":\"acme-manager\"");

        ConsumerRecord<String, byte[]> record = KafkaRecords.awaitRecords(stack.kafkaBootstrapServers(),
                ProjectEvents.CATALOG.topic(), r -> projectId.equals(r.key()), 1, WAIT).get(0);
        assertThat(KafkaRecords.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaRecords.header(record, "ce_id")).isEqualTo(eventId);
        assertThat(KafkaRecords.header(record, "ce_type")).isEqualTo("ledgerline.project.ProjectCreated.v1");
        assertThat(KafkaRecords.header(record, "ce_source")).isEqualTo("/ledgerline/project-service");
        assertThat(KafkaRecords.header(record, "ce_subject")).isEqualTo(projectId);
        assertThat(KafkaRecords.header(record, "ce_time")).isNotBlank();
        assertThat(KafkaRecords.header(record, "ce_correlationid")).isEqualTo("first-flow-request-1");
        assertThat(KafkaRecords.header(record, "ce_tenant")).isEqualTo("acme");
        JsonSchemaAssertions.assertMatchesSchema(EventCatalog.schemaResource("ledgerline.project.ProjectCreated.v1"),
                new String(record.value(), StandardCharsets.UTF_8));

        await().atMost(WAIT).until(() -> "1".equals(queryOne(
                "SELECT count(*) FROM task.known_project WHERE project_id = ?", projectId)));
        await("task-service learnt that the creator manages the project").atMost(WAIT).until(() -> "MANAGER".equals(
                queryOne("SELECT role FROM task.project_member WHERE user_id = 'acme-manager' AND project_id = ?",
                        projectId)));
    }

    @Test
    @Order(2)
    void taskServiceTakesATaskForTheKnownProjectAndRefusesAnUnknownOne() throws Exception {
        String unknown = UUID.randomUUID().toString();
        HttpResponse<String> created = gateway.post("/api/v1/tasks",
                "{\"projectId\":\"" + projectId + "\",\"title\":\"Design review\"}");
        HttpResponse<String> refused = gateway.post("/api/v1/tasks",
                "{\"projectId\":\"" + unknown + "\",\"title\":\"Nowhere\"}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(GatewayClient.json(created.body()).get("projectId").asText()).isEqualTo(projectId);
        // whose project it is is judged before the domain: a project the tenant does not have is 404
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(404);
        assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = GatewayClient.json(refused.body());
        assertThat(problem.get("detail").asText()).contains("project " + unknown + " does not exist");
    }

    @Test
    @Order(3)
    void aPublisherKilledBeforeItsTokenCommitSendsAgainOnRestartAndTaskServiceAppliesOnce() throws Exception {
        Map<Integer, byte[]> tokensBefore = publisherTokens();
        HttpResponse<String> created = gateway.post("/api/v1/projects", """
                {"clientId":"%s","name":"Resent","code":"RESENT-1","billingMode":"NON_BILLABLE"}"""
                .formatted(clientId));
        String resentId = GatewayClient.json(created.body()).get("projectId").asText();
        KafkaRecords.awaitRecords(stack.kafkaBootstrapServers(), ProjectEvents.CATALOG.topic(),
                r -> resentId.equals(r.key()), 1, WAIT);
        await().atMost(WAIT).until(() -> "1".equals(queryOne(
                "SELECT count(*) FROM task.known_project WHERE project_id = ?", resentId)));

        // What a kill between the broker's acknowledgement and the token commit leaves behind: the record is on
        // the topic, the token still points before it.
        stack.kill("project-service");
        restoreTokens(tokensBefore);
        stack.restart("project-service");

        // the creation published ProjectCreated and the manager's ProjectMemberAdded: the first is sent twice
        List<ConsumerRecord<String, byte[]>> copies = KafkaRecords.awaitRecords(stack.kafkaBootstrapServers(),
                ProjectEvents.CATALOG.topic(), r -> resentId.equals(r.key())
                        && PROJECT_CREATED.equals(KafkaRecords.header(r, "ce_type")), 2, WAIT);
        String eventId = KafkaRecords.header(copies.get(0), "ce_id");
        assertThat(KafkaRecords.header(copies.get(1), "ce_id")).isEqualTo(eventId);
        await().atMost(WAIT).until(() -> "1".equals(queryOne("""
                SELECT count(*) FROM task.processed_event WHERE event_id = ?""", eventId)));
        // a project created after the restart is applied, so both copies before it were consumed
        HttpResponse<String> later = gateway.post("/api/v1/projects", """
                {"clientId":"%s","name":"Later","code":"LATER-1","billingMode":"NON_BILLABLE"}"""
                .formatted(clientId));
        String laterId = GatewayClient.json(later.body()).get("projectId").asText();
        await().atMost(WAIT).until(() -> "1".equals(queryOne(
                "SELECT count(*) FROM task.known_project WHERE project_id = ?", laterId)));
        assertThat(queryOne("SELECT events_applied FROM task.known_project WHERE project_id = ?", resentId))
                .isEqualTo("1");
    }

    @Test
    @Order(4)
    void everyRecordTheFlowProducedIsACloudEventWhoseDataMatchesTheSchemaItsTypeNames() {
        int projectRecords = CloudEventsConformance.assertConforms(stack.kafkaBootstrapServers(),
                ProjectEvents.CATALOG);
        int taskRecords = CloudEventsConformance.assertConforms(stack.kafkaBootstrapServers(), TaskEvents.CATALOG);

        assertThat(projectRecords).as("client and projects of the flow, one sent twice").isGreaterThanOrEqualTo(5);
        assertThat(taskRecords).as("the task of the flow").isGreaterThanOrEqualTo(1);
    }

    /** The publisher's token of each of its segments (ledgerline.processors.segments). */
    private static Map<Integer, byte[]> publisherTokens() throws Exception {
        Map<Integer, byte[]> tokens = new TreeMap<>();
        try (Connection db = connect(); PreparedStatement select = db.prepareStatement(
                "SELECT segment, token FROM project.token_entry WHERE processor_name = 'integration-publisher'")) {
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    tokens.put(row.getInt(1), row.getBytes(2));
                }
            }
        }
        assertThat(tokens).as("the publisher has tokens").isNotEmpty();
        return tokens;
    }

    private static void restoreTokens(Map<Integer, byte[]> tokens) throws Exception {
        try (Connection db = connect(); PreparedStatement update = db.prepareStatement(
                "UPDATE project.token_entry SET token = ? WHERE processor_name = 'integration-publisher'"
                        + " AND segment = ?")) {
            for (Map.Entry<Integer, byte[]> token : tokens.entrySet()) {
                update.setBytes(1, token.getValue());
                update.setInt(2, token.getKey());
                assertThat(update.executeUpdate()).isOne();
            }
        }
    }

    private static String queryOne(String sql, String parameter) throws Exception {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(stack.postgresJdbcUrl(), "postgres", "postgres");
    }
}
