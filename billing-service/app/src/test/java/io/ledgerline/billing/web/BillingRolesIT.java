package io.ledgerline.billing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.billing.BillingApiClient;
import io.ledgerline.billing.BillingFixtures;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.LedgerlineTestInfrastructure;
import io.ledgerline.testsupport.TestIdentity;
import io.ledgerline.testsupport.fuzz.EventStoreProbe;
import io.ledgerline.testsupport.roles.Persona;
import io.ledgerline.testsupport.roles.RoleWalk;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Billing permissions of a firm, with real tokens: finance drafts and lists invoices, a member does neither (403,
 * nothing stored); a MANAGER of a project reads its budget and unbilled work with money, a manager of another project
 * is refused; {@code api.read} reads a budget's hours without its money and no invoice, unless it also holds
 * {@code finance.read}.
 */
@LedgerlineIntegrationTest
class BillingRolesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ApplicationContext context;
    @Autowired
    TestRestTemplate http;

    BillingApiClient api;
    BillingApiClient.World world;
    String otherProjectId;

    @BeforeEach
    void setUp() {
        api = new BillingApiClient(http, context.getBean(JdbcTemplate.class),
                LedgerlineTestInfrastructure.DEFAULT_TENANT);
        world = api.world();
        api.staff(world.projectId(), Persona.PROJECT_MANAGER.subject(), Persona.MEMBER.subject());
        otherProjectId = api.world().projectId();
        api.staff(otherProjectId, Persona.OTHER_MANAGER.subject(), Persona.OTHER_MEMBER.subject());
        api.send(BillingFixtures.budgetChanged(world.projectId(), "100", "10000", false));
        await().atMost(BillingApiClient.WAIT).until(() -> api.count(
                "SELECT count(*) FROM billing_project WHERE project_id = ? AND budget_hours IS NOT NULL",
                world.projectId()) == 1);
        api.approvedTime(world.projectId(), BillingFixtures.MEMBER, LocalDate.of(2026, 11, 3), 60);
    }

    @Test
    void aMemberDraftingOrListingInvoicesIsRefusedAndNothingIsStored() {
        String draft = """
                {"clientId":"%s","periodFrom":"2026-11-01","periodTo":"2026-11-30","grouping":"PERSON"}"""
                .formatted(world.clientId());

        assertRefused(Persona.MEMBER, "POST", "/api/v1/invoices", draft, 403);
        assertRefused(Persona.MEMBER, "GET", "/api/v1/invoices", null, 403);
        assertRefused(Persona.MEMBER, "GET", "/api/v1/unbilled", null, 403);
        assertRefused(Persona.MEMBER, "GET", "/api/v1/budgets/" + world.projectId(), null, 403);
        assertRefused(Persona.PROJECT_MANAGER, "POST", "/api/v1/invoices", draft, 403);
        assertThat(api.count("SELECT count(*) FROM invoice_summary WHERE client_id = ?", world.clientId()))
                .isZero();
    }

    @Test
    void financeDraftsAndListsInvoices() {
        String invoiceId = RoleWalk.call(context, Persona.FINANCE, "POST", "/api/v1/invoices", """
                {"clientId":"%s","periodFrom":"2026-11-01","periodTo":"2026-11-30","grouping":"PERSON"}"""
                .formatted(world.clientId())).get("invoiceId").asText();

        JsonNode listed = RoleWalk.call(context, Persona.FINANCE, "GET",
                "/api/v1/invoices?size=100&clientId=" + world.clientId(), null);
        assertThat(listed.get("items").get(0).get("invoiceId").asText()).isEqualTo(invoiceId);
        assertThat(listed.get("items").get(0).get("grossTotal").decimalValue()).isEqualByComparingTo("119.00");
    }

    @Test
    void theProjectsManagerReadsItsBudgetAndUnbilledWorkWithMoneyAnotherManagerDoesNot() {
        JsonNode budget = RoleWalk.call(context, Persona.PROJECT_MANAGER, "GET",
                "/api/v1/budgets/" + world.projectId(), null);
        assertThat(budget.get("money").get("budget").decimalValue()).isEqualByComparingTo("10000");
        assertThat(unbilledProjects(Persona.PROJECT_MANAGER, "")).contains(world.projectId())
                .doesNotContain(otherProjectId);
        assertThat(RoleWalk.call(context, Persona.PROJECT_MANAGER, "GET", "/api/v1/unbilled?projectId="
                + world.projectId(), null).get(0).get("amount").decimalValue()).isEqualByComparingTo("100.00");

        assertRefused(Persona.OTHER_MANAGER, "GET", "/api/v1/budgets/" + world.projectId(), null, 403);
        assertRefused(Persona.OTHER_MANAGER, "GET", "/api/v1/unbilled?projectId=" + world.projectId(), null, 403);
        assertThat(unbilledProjects(Persona.OTHER_MANAGER, "")).doesNotContain(world.projectId());
        assertRefused(Persona.OTHER_MANAGER, "GET", "/api/v1/budgets/" + UUID.randomUUID(), null, 404);
    }

    @Test
    void apiReadReadsABudgetWithoutMoneyAndNoInvoiceUnlessItHoldsFinanceRead() throws Exception {
        String apiRead = client("api.read");
        String financeRead = client("api.read finance.read");

        JsonNode hoursOnly = JSON.readTree(get("/api/v1/budgets/" + world.projectId(), apiRead).getBody());
        assertThat(hoursOnly.get("hours").get("budget").decimalValue()).isEqualByComparingTo("100");
        assertThat(hoursOnly.has("money")).as("money in %s", hoursOnly).isFalse();
        assertThat(get("/api/v1/invoices", apiRead).getStatusCode().value()).isEqualTo(403);
        assertThat(get("/api/v1/unbilled", apiRead).getStatusCode().value()).isEqualTo(403);

        JsonNode withMoney = JSON.readTree(get("/api/v1/budgets/" + world.projectId(), financeRead).getBody());
        assertThat(withMoney.get("money").get("budget").decimalValue()).isEqualByComparingTo("10000");
        assertThat(get("/api/v1/invoices", financeRead).getStatusCode().value()).isEqualTo(200);
    }

    private List<String> unbilledProjects(Persona persona, String query) {
        List<String> ids = new ArrayList<>();
        RoleWalk.call(context, persona, "GET", "/api/v1/unbilled" + query, null)
                .forEach(work -> ids.add(work.get("projectId").asText()));
        return ids;
    }

    private static String client(String scopes) {
        return TestIdentity.instance().token(claims -> claims
                .claim("tenant", LedgerlineTestInfrastructure.DEFAULT_TENANT).subject("reporting-client")
                .claim("scope", scopes));
    }

    private ResponseEntity<String> get(String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
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
