package io.ledgerline.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

@LedgerlineIntegrationTest
class BillingServiceIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @LocalManagementPort
    int managementPort;

    @Test
    void startsOnItsOwnSchemaAndReportsReadyOnItsManagementPort() {
        var readiness = http.getForEntity("http://127.0.0.1:" + managementPort + "/actuator/health/readiness",
                String.class);

        assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForList("""
                SELECT table_name FROM information_schema.tables WHERE table_schema = 'billing'""", String.class))
                .contains("domain_event_entry", "token_entry", "processed_event");
    }

    @Test
    void documentsItsApiInOpenApi() {
        var docs = http.getForEntity("/v3/api-docs", String.class);

        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(docs.getBody()).contains("/api/v1/invoices", "/api/v1/invoices/{invoiceId}/issue",
                "/api/v1/invoices/{invoiceId}/payments", "/api/v1/invoices/{invoiceId}/void",
                "/api/v1/invoices/{invoiceId}/pdf", "/api/v1/invoices/{invoiceId}/history", "/api/v1/credit-notes",
                "/api/v1/budgets/{projectId}", "/api/v1/unbilled");
    }

    @Test
    void documentsWhichChangesRequireIfMatchAndTheirPreconditionAnswers() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(http.getForEntity("/v3/api-docs", String.class).getBody())
                .get("paths");

        for (String required : List.of("/api/v1/invoices/{invoiceId}/issue", "/api/v1/invoices/{invoiceId}/void")) {
            JsonNode operation = paths.get(required).get("post");
            assertThat(ifMatch(operation).get("required").asBoolean()).as(required).isTrue();
            assertThat(operation.get("responses").has("412")).as(required).isTrue();
            assertThat(operation.get("responses").has("428")).as(required).isTrue();
        }
        JsonNode payments = paths.get("/api/v1/invoices/{invoiceId}/payments").get("post");
        assertThat(ifMatch(payments).path("required").asBoolean()).isFalse();
        assertThat(payments.get("responses").has("412")).isTrue();
        assertThat(payments.get("responses").has("428")).isFalse();
    }

    private static JsonNode ifMatch(JsonNode operation) {
        for (JsonNode parameter : operation.get("parameters")) {
            if ("If-Match".equals(parameter.get("name").asText())) {
                return parameter;
            }
        }
        throw new AssertionError("no If-Match parameter in " + operation);
    }
}
