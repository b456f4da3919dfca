package io.ledgerline.task.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.platform.security.ApiPolicy;
import io.ledgerline.project.api.ProjectRole;
import io.ledgerline.task.TaskApiClient;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.roles.Expectation;
import io.ledgerline.testsupport.roles.Persona;
import io.ledgerline.testsupport.roles.PolicyDocs;
import io.ledgerline.testsupport.roles.RoleWalk;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every operation of task-service's OpenAPI document, sent as each persona with real ids, answers as the service's
 * {@link ApiPolicy} says: allowed is not refused; refused is 403 or 404 with no event stored. The permission matrix
 * in docs/security.md is the same policy.
 */
@LedgerlineIntegrationTest
class RoleWalkIT {

    static final String EXTRA = "walk-extra";

    @Autowired
    ApiPolicy policy;

    @Test
    void everyOperationAnswersEveryPersonaAsThePolicySays() {
        walk().assertMatches(policyOf());
    }

    @Test
    void theWalkReportsAnswersThatBreakTheExpectation() {
        Expectation inverted = (persona, operation) -> !policyOf().allowed(persona, operation);

        assertThat(walk().violations(inverted, operation -> operation.key().equals("GET /api/v1/tasks/{taskId}")))
                .hasSize(Persona.values().length);
    }

    @Test
    void docsSecurityShowsThisPolicy() {
        PolicyDocs.assertDocumented("task-service", policy.markdown());
    }

    private Expectation policyOf() {
        return (persona, operation) -> policy.permits(operation.method(), operation.path(), persona.grants());
    }

    private static RoleWalk walk() {
        return RoleWalk.forTestClass(RoleWalkIT.class).seeded(RoleWalkIT::fixture).build();
    }

    /**
     * A project (learnt from project-service's events) that walk-manager manages and walk-member and {@value #EXTRA}
     * belong to, with two tasks; and another project of walk-other-manager and walk-other-member.
     */
    static Map<String, String> fixture(ApplicationContext context) {
        TaskApiClient api = new TaskApiClient(context.getBean(TestRestTemplate.class),
                context.getBean(JdbcTemplate.class));
        String projectId = api.activeProject(Map.of(Persona.PROJECT_MANAGER.subject(), ProjectRole.MANAGER,
                Persona.MEMBER.subject(), ProjectRole.MEMBER, EXTRA, ProjectRole.MEMBER));
        api.activeProject(Map.of(Persona.OTHER_MANAGER.subject(), ProjectRole.MANAGER,
                Persona.OTHER_MEMBER.subject(), ProjectRole.MEMBER));
        String taskId = api.task(projectId, "Walked");
        String commentId = api.read(api.exchange(HttpMethod.POST, "/api/v1/tasks/" + taskId + "/comments",
                "{\"text\":\"first\"}", null)).get("commentId").asText();
        return Map.of("projectId", projectId, "taskId", taskId, "commentId", commentId,
                "blockerTaskId", api.task(projectId, "Blocker"), "userId", EXTRA);
    }
}
