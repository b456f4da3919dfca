package io.ledgerline.timetracking.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.platform.security.ApiPolicy;
import io.ledgerline.project.api.BillingMode;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.roles.Expectation;
import io.ledgerline.testsupport.roles.Persona;
import io.ledgerline.testsupport.roles.PolicyDocs;
import io.ledgerline.testsupport.roles.RoleWalk;
import io.ledgerline.timetracking.TimeApiClient;
import io.ledgerline.timetracking.TimeApiClient.Work;
import io.ledgerline.timetracking.command.api.IsoWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every operation of timetracking-service's OpenAPI document, sent as each persona with real ids, answers as the
 * service's {@link ApiPolicy} says: allowed is not refused; refused is 403 or 404 with no event stored. The walked
 * entry and week are walk-member's, on a project walk-manager manages. The permission matrix in docs/security.md is
 * the same policy.
 */
@LedgerlineIntegrationTest
class RoleWalkIT {

    /** Each walk works in a week of its own, earlier than the last one's: a submitted week takes no more time. */
    private static final AtomicInteger WEEKS_BACK = new AtomicInteger();

    @Autowired
    ApiPolicy policy;

    @Test
    void everyOperationAnswersEveryPersonaAsThePolicySays() {
        walk().assertMatches(expectation());
    }

    @Test
    void theWalkReportsAnswersThatBreakTheExpectation() {
        Expectation inverted = (persona, operation) -> !expectation().allowed(persona, operation);

        assertThat(walk().violations(inverted,
                operation -> operation.key().equals("GET /api/v1/time-entries/{entryId}")))
                .hasSize(Persona.values().length);
    }

    @Test
    void docsSecurityShowsThisPolicy() {
        PolicyDocs.assertDocumented("timetracking-service", policy.markdown());
    }

    /**
     * The policy, and one rule of the Timesheet aggregate it cannot say: only the week's own person (or an admin)
     * submits it, so walk-manager, who may read and approve walk-member's week, is refused (403) its submission.
     */
    private Expectation expectation() {
        return (persona, operation) -> policy.permits(operation.method(), operation.path(), persona.grants())
                && !(operation.path().endsWith("/submit") && persona == Persona.PROJECT_MANAGER);
    }

    private static RoleWalk walk() {
        return RoleWalk.forTestClass(RoleWalkIT.class).seeded(RoleWalkIT::fixture).build();
    }

    /**
     * A project walk-manager manages and walk-member belongs to, with an open task and an entry of walk-member's in
     * their submitted week (a week back, two for the next walk); and another project of walk-other-manager and
     * walk-other-member.
     */
    static Map<String, String> fixture(ApplicationContext context) {
        TimeApiClient api = new TimeApiClient(context.getBean(TestRestTemplate.class),
                context.getBean(JdbcTemplate.class));
        Work work = api.work(BillingMode.TIME_AND_MATERIALS, Persona.PROJECT_MANAGER.subject(),
                Persona.MEMBER.subject());
        api.work(BillingMode.TIME_AND_MATERIALS, Persona.OTHER_MANAGER.subject(), Persona.OTHER_MEMBER.subject());
        LocalDate day = TimeApiClient.today().minusWeeks(WEEKS_BACK.incrementAndGet());
        String entryId = RoleWalk.call(context, Persona.MEMBER, "POST", "/api/v1/time-entries", """
                {"taskId":"%s","minutes":30,"date":"%s","description":"Walked"}""".formatted(work.taskId(), day))
                .get("entryId").asText();
        String week = IsoWeek.of(day).toString();
        RoleWalk.call(context, Persona.MEMBER, "POST",
                "/api/v1/timesheets/" + Persona.MEMBER.subject() + "/" + week + "/submit", null);
        return Map.of("projectId", work.projectId(), "taskId", work.taskId(), "entryId", entryId,
                "userId", Persona.MEMBER.subject(), "isoWeek", week);
    }
}
