package io.ledgerline.task.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.project.api.ProjectRole;
import io.ledgerline.task.TaskApiClient;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.fuzz.EventStoreProbe;
import io.ledgerline.testsupport.roles.Persona;
import io.ledgerline.testsupport.roles.RoleWalk;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The task permissions of a firm, with real tokens: the people of a project work on its tasks; finance reads them
 * and changes none; someone of another project is refused (403, after 404 for a task the tenant does not have);
 * the task list shows managers and members only the tasks of their projects. A refused request stores no event.
 */
@LedgerlineIntegrationTest
class TaskRolesIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    String projectId;
    String otherProjectId;
    String taskId;

    @BeforeEach
    void setUp() {
        TaskApiClient api = new TaskApiClient(http, jdbc);
        projectId = api.activeProject(Map.of(Persona.PROJECT_MANAGER.subject(), ProjectRole.MANAGER,
                Persona.MEMBER.subject(), ProjectRole.MEMBER));
        otherProjectId = api.activeProject(Map.of(Persona.OTHER_MANAGER.subject(), ProjectRole.MANAGER,
                Persona.OTHER_MEMBER.subject(), ProjectRole.MEMBER));
        taskId = api.task(projectId, "Ours");
    }

    @Test
    void aMemberCreatesAndWorksOnTasksOfTheirProject() {
        JsonNode created = RoleWalk.call(context, Persona.MEMBER, "POST", "/api/v1/tasks",
                "{\"projectId\":\"" + projectId + "\",\"title\":\"Mine\"}");
        String task = "/api/v1/tasks/" + created.get("taskId").asText();

        RoleWalk.call(context, Persona.MEMBER, "PUT", task + "/status", "{\"status\":\"IN_PROGRESS\"}");
        RoleWalk.call(context, Persona.MEMBER, "POST", task + "/comments", "{\"text\":\"started\"}");
        RoleWalk.call(context, Persona.PROJECT_MANAGER, "PUT", task + "/estimate", "{\"hours\":4}");

        assertThat(RoleWalk.call(context, Persona.MEMBER, "GET", task, null).get("status").asText())
                .isEqualTo("IN_PROGRESS");
    }

    @Test
    void financeReadsTasksButCreatesAndChangesNone() {
        String task = "/api/v1/tasks/" + taskId;
        assertThat(RoleWalk.call(context, Persona.FINANCE, "GET", task, null).get("title").asText()).isEqualTo("Ours");

        assertRefused(Persona.FINANCE, "POST", "/api/v1/tasks",
                "{\"projectId\":\"" + projectId + "\",\"title\":\"Not mine\"}", 403);
        assertRefused(Persona.FINANCE, "PUT", task + "/status", "{\"status\":\"CANCELLED\"}", 403);
        assertRefused(Persona.FINANCE, "POST", task + "/comments", "{\"text\":\"finance was here\"}", 403);
    }

    @Test
    void peopleOfAnotherProjectAreRefusedAndAnUnknownTaskIsNotFoundFirst() {
        String task = "/api/v1/tasks/" + taskId;
        for (Persona outsider : List.of(Persona.OTHER_MEMBER, Persona.OTHER_MANAGER)) {
            assertRefused(outsider, "GET", task, null, 403);
            assertRefused(outsider, "PUT", task + "/status", "{\"status\":\"CANCELLED\"}", 403);
            assertRefused(outsider, "POST", "/api/v1/tasks",
                    "{\"projectId\":\"" + projectId + "\",\"title\":\"Theirs\"}", 403);
        }
        assertRefused(Persona.OTHER_MEMBER, "PUT", "/api/v1/tasks/" + UUID.randomUUID() + "/status",
                "{\"status\":\"CANCELLED\"}", 404);
        assertRefused(Persona.OTHER_MEMBER, "POST", "/api/v1/tasks",
                "{\"projectId\":\"" + UUID.randomUUID() + "\",\"title\":\"Nowhere\"}", 404);
    }

    @Test
    void theTaskListShowsManagersAndMembersOnlyTheTasksOfTheirProjects() {
        String otherTask = RoleWalk.call(context, Persona.OTHER_MEMBER, "POST", "/api/v1/tasks",
                "{\"projectId\":\"" + otherProjectId + "\",\"title\":\"Theirs\"}").get("taskId").asText();

        assertThat(listed(Persona.MEMBER, "")).contains(taskId).doesNotContain(otherTask);
        assertThat(listed(Persona.MEMBER, "&projectId=" + otherProjectId)).isEmpty();
        assertThat(listed(Persona.OTHER_MANAGER, "")).contains(otherTask).doesNotContain(taskId);
        assertThat(listed(Persona.FINANCE, "&projectId=" + otherProjectId)).containsExactly(otherTask);
        assertThat(listed(Persona.FINANCE, "&projectId=" + projectId)).containsExactly(taskId);
    }

    private List<String> listed(Persona persona, String query) {
        List<String> ids = new ArrayList<>();
        RoleWalk.call(context, persona, "GET", "/api/v1/tasks?size=100" + query, null).get("items")
                .forEach(task -> ids.add(task.get("taskId").asText()));
        return ids;
    }

    private void assertRefused(Persona persona, String method, String path, String body, int status) {
        EventStoreProbe events = new EventStoreProbe(context.getBean(DataSource.class));
        long before = events.maxGlobalIndex();
        HttpResponse<String> response = RoleWalk.send(context, persona, method, path, body);
        assertThat(response.statusCode()).as("%s %s as %s: %s", method, path, persona, response.body())
                .isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(events.maxGlobalIndex()).as("events stored by a refused request").isEqualTo(before);
    }
}
