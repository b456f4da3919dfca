package io.ledgerline.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Operators' endpoints live on the management port only: the public port answers no actuator path, even to an
 * admin; the management port serves Prometheus without a token and shows health details only to an admin.
 */
@AutoConfigureObservability
@LedgerlineIntegrationTest
// its own context (observability on) is closed afterwards, so its event processors do not compete for the
// tokens and dead letters of the tests that follow
@DirtiesContext
class ManagementPortIT {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    @Test
    void thePublicPortAnswersNoActuatorPathEvenToAnAdmin() {
        assertThat(managementPort).isNotEqualTo(port);
        for (String path : new String[] {"/actuator/prometheus", "/actuator/metrics", "/actuator/health",
            "/actuator/health/readiness", "/actuator/info"}) {
            assertThat(OpsClient.asAdmin(port).get(path).statusCode()).as(path).isEqualTo(404);
            assertThat(OpsClient.anonymous(port).get(path).statusCode()).as(path).isIn(401, 404);
        }
    }

    @Test
    void theManagementPortServesPrometheusWithoutAToken() {
        var scraped = OpsClient.anonymous(managementPort).get("/actuator/prometheus");

        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("http_server_requests_seconds");
    }

    @Test
    void healthShowsTheDatabaseAndKafkaOnlyToAnAdmin() {
        JsonNode anonymous = OpsClient.anonymous(managementPort).json("/actuator/health/readiness");
        JsonNode member = OpsClient.asMember(managementPort).json("/actuator/health/readiness");
        JsonNode admin = OpsClient.asAdmin(managementPort).json("/actuator/health/readiness");

        assertThat(anonymous.get("status").asText()).isEqualTo("UP");
        assertThat(anonymous.has("components")).as(anonymous.toString()).isFalse();
        assertThat(member.has("components")).as(member.toString()).isFalse();
        assertThat(admin.at("/components/db/status").asText()).as(admin.toString()).isEqualTo("UP");
    }

    @Test
    void metricsNeedAToken() {
        assertThat(OpsClient.anonymous(managementPort).get("/actuator/metrics").statusCode()).isEqualTo(401);
        assertThat(OpsClient.asAdmin(managementPort).get("/actuator/metrics").statusCode()).isEqualTo(200);
    }
}
