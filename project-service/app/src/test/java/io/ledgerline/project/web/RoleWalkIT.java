package io.ledgerline.project.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.platform.security.ApiPolicy;
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

/**
 * Every operation of project-service's OpenAPI document, sent as each persona with real ids, answers as the
 * service's {@link ApiPolicy} says: allowed is not refused; refused is 403 or 404 with no event stored. The
 * permission matrix in docs/security.md is the same policy.
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

        assertThat(walk().violations(inverted, operation -> operation.key().equals("GET /api/v1/clients/{clientId}")))
                .hasSize(Persona.values().length);
    }

    @Test
    void docsSecurityShowsThisPolicy() {
        PolicyDocs.assertDocumented("project-service", policy.markdown());
    }

    private Expectation policyOf() {
        return (persona, operation) -> policy.permits(operation.method(), operation.path(), persona.grants());
    }

    private static RoleWalk walk() {
        return RoleWalk.forTestClass(RoleWalkIT.class).seeded(RoleWalkIT::fixture).build();
    }

    /**
     * A project that walk-manager manages and walk-member (and {@value #EXTRA}, whom the walk may remove) belongs to,
     * and another project of walk-other-manager and walk-other-member, both under a client of their own.
     */
    static Map<String, String> fixture(ApplicationContext context) {
        Api api = new Api(context.getBean(TestRestTemplate.class), context.getBean(ObjectMapper.class));
        String clientId = api.registerClient();
        String projectId = api.createProject(clientId);
        api.addMember(projectId, Persona.PROJECT_MANAGER.subject(), "MANAGER");
        api.addMember(projectId, Persona.MEMBER.subject(), "MEMBER");
        api.addMember(projectId, EXTRA, "MEMBER");
        String otherProject = api.createProject(clientId);
        api.addMember(otherProject, Persona.OTHER_MANAGER.subject(), "MANAGER");
        api.addMember(otherProject, Persona.OTHER_MEMBER.subject(), "MEMBER");
        return Map.of("clientId", clientId, "projectId", projectId, "userId", EXTRA);
    }
}
