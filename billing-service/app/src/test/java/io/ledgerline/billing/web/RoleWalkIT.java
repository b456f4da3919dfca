package io.ledgerline.billing.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.billing.BillingApiClient;
import io.ledgerline.billing.BillingFixtures;
import io.ledgerline.platform.security.ApiPolicy;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.LedgerlineTestInfrastructure;
import io.ledgerline.testsupport.roles.Expectation;
import io.ledgerline.testsupport.roles.Persona;
import io.ledgerline.testsupport.roles.PolicyDocs;
import io.ledgerline.testsupport.roles.RoleWalk;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every operation of billing-service's OpenAPI document, sent as each persona with real ids, answers as the
 * service's {@link ApiPolicy} says: allowed is not refused; refused is 403 or 404 with no event stored. The
 * permission matrix in docs/security.md is the same policy.
 */
@LedgerlineIntegrationTest
class RoleWalkIT {

    @Autowired
    ApiPolicy policy;

    @Test
    void everyOperationAnswersEveryPersonaAsThePolicySays() {
        walk().assertMatches(policyOf());
    }

    @Test
    void theWalkReportsAnswersThatBreakTheExpectation() {
        Expectation inverted = (persona, operation) -> !policyOf().allowed(persona, operation);

        assertThat(walk().violations(inverted,
                operation -> operation.key().equals("GET /api/v1/budgets/{projectId}")))
                .hasSize(Persona.values().length);
    }

    @Test
    void docsSecurityShowsThisPolicy() {
        PolicyDocs.assertDocumented("billing-service", policy.markdown());
    }

    private Expectation policyOf() {
        return (persona, operation) -> policy.permits(operation.method(), operation.path(), persona.grants());
    }

    private static RoleWalk walk() {
        return RoleWalk.forTestClass(RoleWalkIT.class).seeded(RoleWalkIT::fixture).build();
    }

    /**
     * A client and a project with a budget that walk-manager manages and walk-member belongs to, an hour of its
     * approved time drafted on an invoice; and another project of walk-other-manager and walk-other-member.
     */
    static Map<String, String> fixture(ApplicationContext context) {
        BillingApiClient api = new BillingApiClient(context.getBean(TestRestTemplate.class),
                context.getBean(JdbcTemplate.class), LedgerlineTestInfrastructure.DEFAULT_TENANT);
        BillingApiClient.World world = api.world();
        api.staff(world.projectId(), Persona.PROJECT_MANAGER.subject(), Persona.MEMBER.subject());
        api.staff(api.world().projectId(), Persona.OTHER_MANAGER.subject(), Persona.OTHER_MEMBER.subject());
        api.send(BillingFixtures.budgetChanged(world.projectId(), "100", "10000", false));
        api.approvedTime(world.projectId(), BillingFixtures.MEMBER, LocalDate.of(2026, 11, 2), 60);
        String invoiceId = api.read(api.draft(world.clientId(), "PERSON")).get("invoiceId").asText();
        return Map.of("clientId", world.clientId(), "projectId", world.projectId(), "invoiceId", invoiceId,
                "creditNoteId", UUID.randomUUID().toString());
    }
}
