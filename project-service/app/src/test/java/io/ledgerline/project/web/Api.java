package io.ledgerline.project.web;

import static io.ledgerline.project.ClientFixtures.registerClientJson;
import static io.ledgerline.project.ClientFixtures.uniqueName;
import static io.ledgerline.project.ProjectFixtures.createProjectJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The project-service API as the integration tests call it: JSON in, the raw response out. */
final class Api {

    private final TestRestTemplate http;
    private final ObjectMapper json;

    Api(TestRestTemplate http, ObjectMapper json) {
        this.http = http;
        this.json = json;
    }

    ResponseEntity<String> get(String path) {
        return http.getForEntity(path, String.class);
    }

    ResponseEntity<String> post(String path, String body) {
        return send(HttpMethod.POST, path, body, Map.of());
    }

    ResponseEntity<String> send(HttpMethod method, String path, String body, Map<String, String> headers) {
        HttpHeaders httpHeaders = new HttpHeaders();
        httpHeaders.setContentType(MediaType.APPLICATION_JSON);
        headers.forEach(httpHeaders::set);
        return http.exchange(path, method, new HttpEntity<>(body, httpHeaders), String.class);
    }

    ResponseEntity<String> ifMatch(HttpMethod method, String path, String body, String etag) {
        return send(method, path, body, Map.of(HttpHeaders.IF_MATCH, etag));
    }

    JsonNode body(ResponseEntity<String> response) {
        try {
            return json.readTree(response.getBody());
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
    }

    /** Registers a client with a fresh name and answers its id. */
    String registerClient() {
        ResponseEntity<String> created = post("/api/v1/clients", registerClientJson(uniqueName("Client")));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return body(created).get("clientId").asText();
    }

    /** Creates a project with a fresh code under the given client and answers its id. */
    String createProject(String clientId) {
        ResponseEntity<String> created = post("/api/v1/projects", createProjectJson(clientId, "Project"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return body(created).get("projectId").asText();
    }

    /** Adds a member in the given project role (MANAGER or MEMBER). */
    void addMember(String projectId, String userId, String role) {
        ResponseEntity<String> added = post("/api/v1/projects/" + projectId + "/members",
                "{\"userId\":\"" + userId + "\",\"role\":\"" + role + "\",\"hourlyRate\":95}");
        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    /** Creates a project under a new client, with a manager, and answers its id. */
    String createProjectWithManager(String managerId) {
        String projectId = createProject(registerClient());
        ResponseEntity<String> added = post("/api/v1/projects/" + projectId + "/members",
                "{\"userId\":\"" + managerId + "\",\"role\":\"MANAGER\"}");
        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return projectId;
    }
}
