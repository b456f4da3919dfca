package io.ledgerline.project.integration;

import static io.ledgerline.project.ClientFixtures.registerClientJson;
import static io.ledgerline.project.ClientFixtures.registerEInvoicingClientJson;
import static io.ledgerline.project.ClientFixtures.uniqueName;
import static io.ledgerline.project.ProjectFixtures.createProjectJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.contract.EventCatalog;
import io.ledgerline.platform.outbox.CloudEventHeaders;
import io.ledgerline.project.api.ProjectEvents;
import io.ledgerline.testsupport.JsonSchemaAssertions;
import io.ledgerline.testsupport.KafkaRecords;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Every type of the published language, caused through the real API, read back from Kafka and held to its schema. */
@LedgerlineIntegrationTest
class ProjectEventsContractIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @Test
    void publishesEveryEventTypeMatchingItsSchema() throws Exception {
        String clientId = id(send(HttpMethod.POST, "/api/v1/clients", registerClientJson(uniqueName("Contract"))),
                "clientId");
        send(HttpMethod.PUT, "/api/v1/clients/" + clientId,
                registerEInvoicingClientJson(uniqueName("Contract renamed")));
        String projectId = id(send(HttpMethod.POST, "/api/v1/projects", createProjectJson(clientId, "Contract")),
                "projectId");
        String project = "/api/v1/projects/" + projectId;
        send(HttpMethod.POST, project + "/members", "{\"userId\":\"ada\",\"role\":\"MANAGER\",\"hourlyRate\":\"150\"}");
        send(HttpMethod.POST, project + "/members", "{\"userId\":\"bob\",\"role\":\"MEMBER\"}");
        send(HttpMethod.DELETE, project + "/members/bob", null);
        send(HttpMethod.POST, project + "/rates", "{\"userId\":\"ada\",\"hourlyRate\":\"160.50\","
                + "\"effectiveFrom\":\"2026-10-01\"}");
        send(HttpMethod.PUT, project + "/budget", "{\"hours\":\"120.5\",\"amount\":\"18000\",\"resetsMonthly\":false}");
        send(HttpMethod.PUT, project + "/status", "{\"status\":\"ON_HOLD\"}");
        send(HttpMethod.POST, "/api/v1/clients/" + clientId + "/archive", null);
        Set<String> keys = Set.of(clientId, projectId);

        List<ConsumerRecord<String, byte[]>> records = KafkaRecords.awaitEvents(
                TestKafka.instance().bootstrapServers(), ProjectEvents.CATALOG.topic(),
                record -> keys.contains(record.key()), 10, Duration.ofSeconds(30));

        for (ConsumerRecord<String, byte[]> record : records) {
            String type = KafkaRecords.header(record, CloudEventHeaders.TYPE);
            JsonSchemaAssertions.assertMatchesSchema(EventCatalog.schemaResource(type),
                    new String(record.value(), StandardCharsets.UTF_8));
        }
        assertThat(records.stream().map(record -> KafkaRecords.header(record, CloudEventHeaders.TYPE)).distinct())
                .containsExactlyInAnyOrderElementsOf(ProjectEvents.CATALOG.byType().keySet());
    }

    private ResponseEntity<String> send(HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
        return response;
    }

    private String id(ResponseEntity<String> response, String field) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = json.readTree(response.getBody());
        return body.get(field).asText();
    }
}
