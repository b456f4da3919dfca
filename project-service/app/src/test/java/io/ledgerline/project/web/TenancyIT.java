package io.ledgerline.project.web;

import static io.ledgerline.project.ClientFixtures.OTHER_TENANT;
import static io.ledgerline.project.ClientFixtures.registerClientJson;
import static io.ledgerline.project.ClientFixtures.uniqueName;
import static io.ledgerline.project.ProjectFixtures.createProjectJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.TestIdentity;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/** Another tenant's clients and projects do not exist for the caller: not to read, list, change or build on. */
@LedgerlineIntegrationTest
class TenancyIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    Api api;
    String clientId;
    String projectId;
    Map<String, String> asOtherTenant;

    @BeforeEach
    void setUp() {
        api = new Api(http, json);
        clientId = api.registerClient();
        projectId = api.createProject(clientId);
        asOtherTenant = Map.of(HttpHeaders.AUTHORIZATION, "Bearer "
                + TestIdentity.instance().token(OTHER_TENANT, "mallory", "admin", "manager", "member"));
    }

    @Test
    void answersReadsOfAnotherTenantsDataWith404() {
        String project = "/api/v1/projects/" + projectId;

        assertThat(other(HttpMethod.GET, project, null)).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other(HttpMethod.GET, project + "?asOf=2100-01-01T00:00:00Z", null))
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other(HttpMethod.GET, project + "/history", null)).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other(HttpMethod.GET, project + "/rates", null)).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other(HttpMethod.GET, "/api/v1/clients/" + clientId, null)).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other(HttpMethod.GET, "/api/v1/clients/" + clientId + "/history", null))
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.send(HttpMethod.GET, "/api/v1/projects?clientId=" + clientId, null, asOtherTenant).getBody())
                .contains("\"totalItems\":0");
    }

    @Test
    void answersChangesToAnotherTenantsDataWith404AndChangesNothing() {
        String project = "/api/v1/projects/" + projectId;

        assertThat(other(HttpMethod.PUT, project + "/status", "{\"status\":\"ARCHIVED\"}"))
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other(HttpMethod.POST, project + "/members", "{\"userId\":\"mallory\",\"role\":\"MANAGER\"}"))
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other(HttpMethod.POST, "/api/v1/clients/" + clientId + "/archive", null))
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other(HttpMethod.PUT, "/api/v1/clients/" + clientId, registerClientJson(uniqueName("Taken"))))
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other(HttpMethod.DELETE, project + "/members/test-user", null)).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other(HttpMethod.POST, project + "/rates",
                "{\"hourlyRate\":\"1.00\",\"effectiveFrom\":\"2026-01-01\"}")).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other(HttpMethod.PUT, project + "/budget", "{\"hours\":\"1\",\"resetsMonthly\":false}"))
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.body(api.get(project)).get("version").asLong()).isZero();
        assertThat(api.body(api.get("/api/v1/clients/" + clientId)).get("status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void ignoresFieldsAClientMustNotSet() {
        String body = createProjectJson(clientId, "Assigned in vain").replaceFirst("\\{",
                "{\"tenant\":\"globex\",\"status\":\"ARCHIVED\",\"version\":42,"
                        + "\"projectId\":\"00000000-0000-0000-0000-000000000001\",");

        var created = api.body(api.send(HttpMethod.POST, "/api/v1/projects", body, Map.of()));

        assertThat(created.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(created.get("version").asLong()).isZero();
        assertThat(created.get("projectId").asText()).isNotEqualTo("00000000-0000-0000-0000-000000000001");
        assertThat(api.get("/api/v1/projects/" + created.get("projectId").asText()).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void refusesAProjectUnderAnotherTenantsClient() {
        assertThat(other(HttpMethod.POST, "/api/v1/projects", createProjectJson(clientId, "Borrowed")))
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    private HttpStatusCode other(HttpMethod method, String path, String body) {
        return api.send(method, path, body, asOtherTenant).getStatusCode();
    }
}
