package io.ledgerline.project.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.LedgerlineTestInfrastructure;
import io.ledgerline.testsupport.roles.Persona;
import io.ledgerline.testsupport.roles.RoleWalk;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The roles of a professional-services firm in project-service, called with real tokens as the firm would: finance
 * keeps clients, a manager runs the projects they manage, a member reads their projects without money and changes
 * no price, budget, status or membership; refusals store nothing.
 */
@LedgerlineIntegrationTest
class ProjectRolesIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;

    private String clientId;
    private String projectId;

    @BeforeEach
    void aProjectWithItsManagerAndMember() {
        Map<String, String> fixture = RoleWalkIT.fixture(context);
        clientId = fixture.get("clientId");
        projectId = fixture.get("projectId");
        RoleWalk.call(context, Persona.ADMIN, "PUT", "/api/v1/projects/" + projectId + "/budget",
                "{\"hours\":100,\"amount\":12000,\"resetsMonthly\":false}");
    }

    @Test
    void aMemberReadsTheirProjectWithoutAnyMoneyItsManagerAndFinanceWithIt() {
        JsonNode member = RoleWalk.call(context, Persona.MEMBER, "GET", project(), null);
        JsonNode manager = RoleWalk.call(context, Persona.PROJECT_MANAGER, "GET", project(), null);
        JsonNode finance = RoleWalk.call(context, Persona.FINANCE, "GET", project(), null);
        JsonNode integration = RoleWalk.call(context, Persona.INTEGRATION, "GET", project(), null);

        assertThat(member.has("defaultHourlyRate")).as("default rate in %s", member).isFalse();
        assertThat(member.get("budget").has("amount")).isFalse();
        assertThat(member.get("budget").get("hours").decimalValue()).isEqualByComparingTo("100");
        assertThat(member.get("members")).allSatisfy(m -> assertThat(m.has("hourlyRate")).isFalse());
        assertThat(integration.has("defaultHourlyRate")).isFalse();
        for (JsonNode withMoney : new JsonNode[] {manager, finance}) {
            assertThat(withMoney.get("budget").get("amount").decimalValue()).isEqualByComparingTo("12000");
            assertThat(withMoney.get("members")).anySatisfy(m -> assertThat(m.has("hourlyRate")).isTrue());
        }
    }

    @Test
    void aMemberCannotRaiseTheirOwnRateNorSetBudgetStatusOrMembersAndNothingIsStored() {
        long before = eventsOf(projectId);
        JsonNode ratesIn2020 = ratesAsFinance("?date=2020-06-01");
        JsonNode ratesToday = ratesAsFinance("");

        assertRefused(Persona.MEMBER, "POST", project() + "/rates",
                "{\"userId\":\"walk-member\",\"hourlyRate\":500,\"effectiveFrom\":\"2020-01-01\"}");
        assertRefused(Persona.MEMBER, "PUT", project() + "/budget", "{\"hours\":1,\"resetsMonthly\":false}");
        assertRefused(Persona.MEMBER, "PUT", project() + "/status", "{\"status\":\"ON_HOLD\"}");
        assertRefused(Persona.MEMBER, "POST", project() + "/members", "{\"userId\":\"pal\",\"role\":\"MANAGER\"}");
        assertRefused(Persona.MEMBER, "GET", project() + "/rates", null);
        assertRefused(Persona.MEMBER, "POST", "/api/v1/clients", "{\"name\":\"Mine\"}");
        assertThat(eventsOf(projectId)).isEqualTo(before);
        assertThat(ratesAsFinance("?date=2020-06-01")).isEqualTo(ratesIn2020);
        assertThat(ratesAsFinance("")).isEqualTo(ratesToday);
    }

    @Test
    void aManagerOfAnotherProjectMayNotChangeThisOne() {
        long before = eventsOf(projectId);

        assertRefused(Persona.OTHER_MANAGER, "POST", project() + "/rates", "{\"hourlyRate\":10}");
        assertRefused(Persona.OTHER_MEMBER, "GET", project(), null);
        assertThat(eventsOf(projectId)).isEqualTo(before);
        RoleWalk.call(context, Persona.PROJECT_MANAGER, "POST", project() + "/rates",
                "{\"userId\":\"walk-member\",\"hourlyRate\":110,\"effectiveFrom\":\"2030-01-01\"}");
    }

    /**
     * The fixture's project has the shape of one created before roles existed: made by an admin, so without a first
     * manager, its MANAGER member added afterwards. That member manages it; nothing had to be migrated.
     */
    @Test
    void aProjectFromBeforeRolesIsManagedByItsExistingManagerMembers() {
        JsonNode budget = RoleWalk.call(context, Persona.PROJECT_MANAGER, "PUT", project() + "/budget",
                "{\"hours\":80,\"amount\":9000,\"resetsMonthly\":false}").get("budget");

        assertThat(budget.get("amount").decimalValue()).isEqualByComparingTo("9000");
        assertThat(RoleWalk.call(context, Persona.ADMIN, "GET", project(), null).get("members"))
                .noneSatisfy(m -> assertThat(m.get("userId").asText())
                        .isEqualTo(LedgerlineTestInfrastructure.DEFAULT_USER));
    }

    @Test
    void aManagerCreatesAProjectUnderFinancesClientAndManagesIt() {
        String client = RoleWalk.call(context, Persona.FINANCE, "POST", "/api/v1/clients", clientJson())
                .get("clientId").asText();
        JsonNode created = RoleWalk.call(context, Persona.OTHER_MANAGER, "POST", "/api/v1/projects",
                "{\"clientId\":\"" + client + "\",\"name\":\"Own\",\"code\":\"OWN-" + code() + "\","
                        + "\"billingMode\":\"TIME_AND_MATERIALS\",\"defaultHourlyRate\":90}");

        assertThat(created.get("members")).singleElement().satisfies(m -> {
            assertThat(m.get("userId").asText()).isEqualTo(Persona.OTHER_MANAGER.subject());
            assertThat(m.get("role").asText()).isEqualTo("MANAGER");
        });
        assertThat(created.get("defaultHourlyRate").decimalValue()).isEqualByComparingTo("90");
        String own = "/api/v1/projects/" + created.get("projectId").asText();
        RoleWalk.call(context, Persona.OTHER_MANAGER, "PUT", own + "/status", "{\"status\":\"ON_HOLD\"}");
        assertRefused(Persona.PROJECT_MANAGER, "PUT", own + "/status", "{\"status\":\"ACTIVE\"}");
        assertRefused(Persona.OTHER_MANAGER, "POST", "/api/v1/clients", clientJson());
    }

    @Test
    void managersAndMembersListOnlyTheProjectsTheyBelongTo() {
        JsonNode mine = RoleWalk.call(context, Persona.MEMBER, "GET", "/api/v1/projects?size=100", null);
        JsonNode someoneElses = RoleWalk.call(context, Persona.MEMBER, "GET",
                "/api/v1/projects?member=" + Persona.OTHER_MEMBER.subject(), null);

        assertThat(mine.get("items")).isNotEmpty().allSatisfy(p -> assertThat(p.get("members"))
                .anySatisfy(m -> assertThat(m.get("userId").asText()).isEqualTo(Persona.MEMBER.subject())));
        assertThat(someoneElses.get("items")).isEmpty();
        assertRefused(Persona.MEMBER, "GET", "/api/v1/clients/" + clientId, null);
    }

    @Test
    void theOpenApiDocumentMarksEveryMoneyFieldAsPossiblyOmitted() {
        JsonNode schemas = RoleWalk.call(context, Persona.MEMBER, "GET", "/v3/api-docs", null)
                .path("components").path("schemas");

        for (String field : new String[] {"ProjectSummary/defaultHourlyRate", "ProjectSummary/fixedFee",
            "ProjectBudget/amount", "ProjectMember/hourlyRate", "RatesInForce/defaultHourlyRate",
            "MemberRate/hourlyRate"}) {
            String[] schemaAndField = field.split("/");
            assertThat(schemas.path(schemaAndField[0]).path("properties").path(schemaAndField[1])
                    .path("x-ledgerline-money").asText()).as(field).isEqualTo("omitted-without-money-rights");
        }
        assertThat(schemas.path("ProjectBudget").path("properties").path("hours").has("x-ledgerline-money"))
                .isFalse();
    }

    private void assertRefused(Persona persona, String method, String path, String body) {
        HttpResponse<String> response = RoleWalk.send(context, persona, method, path, body);
        assertThat(response.statusCode()).as("%s %s as %s: %s", method, path, persona, response.body())
                .isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    private JsonNode ratesAsFinance(String query) {
        return RoleWalk.call(context, Persona.FINANCE, "GET", project() + "/rates" + query, null);
    }

    private long eventsOf(String aggregateId) {
        return new JdbcTemplate(dataSource).queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, aggregateId);
    }

    private String project() {
        return "/api/v1/projects/" + projectId;
    }

    private static String code() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String clientJson() {
        return "{\"name\":\"Client " + UUID.randomUUID() + "\",\"currency\":\"EUR\",\"paymentTermsDays\":30,"
                + "\"defaultTaxRate\":\"19\",\"billingAddress\":{\"line1\":\"Hauptstrasse 1\",\"postalCode\":\"10115\","
                + "\"city\":\"Berlin\",\"country\":\"DE\"}}";
    }
}
