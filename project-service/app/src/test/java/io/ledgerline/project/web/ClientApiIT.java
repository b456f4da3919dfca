package io.ledgerline.project.web;

import static io.ledgerline.project.ClientFixtures.registerClientJson;
import static io.ledgerline.project.ClientFixtures.registerEInvoicingClientJson;
import static io.ledgerline.project.ClientFixtures.uniqueName;
import static io.ledgerline.project.ProjectFixtures.createProjectJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.LedgerlineTestInfrastructure;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

@LedgerlineIntegrationTest
class ClientApiIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(http, json);
    }

    @Test
    void registersAClientAndReadsItBack() {
        String name = uniqueName("Acme");
        ResponseEntity<String> created = api.post("/api/v1/clients", registerClientJson(name));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getETag()).isEqualTo("\"0\"");
        JsonNode body = api.body(created);
        assertThat(created.getHeaders().getLocation()).hasPath("/api/v1/clients/" + body.get("clientId").asText());
        ResponseEntity<String> read = api.get(created.getHeaders().getLocation().getPath());
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.body(read).get("name").asText()).isEqualTo(name);
        assertThat(api.body(read).get("billingAddress").get("city").asText()).isEqualTo("Berlin");
        assertThat(api.body(read).get("status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void keepsTheBuyerDataEInvoicesNeedAndClearsItOnAnUpdateWithout() {
        ResponseEntity<String> created = api.post("/api/v1/clients", registerEInvoicingClientJson(uniqueName("Amt")));
        String path = created.getHeaders().getLocation().getPath();

        JsonNode read = api.body(api.get(path));
        assertThat(read.get("vatId").asText()).isEqualTo("DE123456789");
        assertThat(read.get("buyerReference").asText()).isEqualTo("04011000-12345-34");
        assertThat(read.get("invoiceEmail").asText()).isEqualTo("rechnung@example.org");
        ResponseEntity<String> updated = api.ifMatch(HttpMethod.PUT, path, registerClientJson(uniqueName("Amt")),
                "\"0\"");
        assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.body(api.get(path)).has("vatId")).isFalse();
    }

    @Test
    void refusesASecondClientWithTheSameNameIgnoringCaseAndStoresNothing() {
        String name = uniqueName("Twin");
        api.post("/api/v1/clients", registerClientJson(name));
        long before = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);

        ResponseEntity<String> refused = api.post("/api/v1/clients", registerClientJson(name.toUpperCase()));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody()).contains("already has a client named");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isEqualTo(before);
    }

    @Test
    void refusesARenameToATakenName() {
        String taken = uniqueName("Taken");
        api.post("/api/v1/clients", registerClientJson(taken));
        String clientId = api.registerClient();

        ResponseEntity<String> refused = api.send(HttpMethod.PUT, "/api/v1/clients/" + clientId,
                registerClientJson(taken), Map.of());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void updatesWithIfMatchAndRefusesAStaleOne() {
        String clientId = api.registerClient();
        String renamed = uniqueName("Renamed");

        ResponseEntity<String> updated = api.ifMatch(HttpMethod.PUT, "/api/v1/clients/" + clientId,
                registerClientJson(renamed), "\"0\"");
        ResponseEntity<String> stale = api.ifMatch(HttpMethod.PUT, "/api/v1/clients/" + clientId,
                registerClientJson(uniqueName("Late")), "\"0\"");

        assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(updated.getHeaders().getETag()).isEqualTo("\"1\"");
        assertThat(api.body(updated).get("name").asText()).isEqualTo(renamed);
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
        assertThat(stale.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void archivesAClientOnceAndThenRefusesProjectsForIt() {
        String clientId = api.registerClient();

        ResponseEntity<String> archived = api.post("/api/v1/clients/" + clientId + "/archive", null);
        ResponseEntity<String> again = api.post("/api/v1/clients/" + clientId + "/archive", null);
        ResponseEntity<String> project = api.post("/api/v1/projects",
                createProjectJson(clientId, "Too late"));

        assertThat(api.body(archived).get("status").asText()).isEqualTo("ARCHIVED");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(project.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(project.getBody()).contains("is archived and takes no new projects");
    }

    @Test
    void listsClientsByStatusInBoundedPages() {
        String archivedId = api.registerClient();
        api.post("/api/v1/clients/" + archivedId + "/archive", null);
        api.registerClient();
        api.registerClient();

        JsonNode firstPage = api.body(api.get("/api/v1/clients?status=ACTIVE&page=0&size=2"));
        JsonNode archived = api.body(api.get("/api/v1/clients?status=ARCHIVED&size=100"));

        assertThat(firstPage.get("items")).hasSize(2);
        assertThat(firstPage.get("totalItems").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(firstPage.get("items").findValuesAsText("status")).containsOnly("ACTIVE");
        assertThat(archived.get("items").findValuesAsText("clientId")).contains(archivedId);
        assertThat(api.get("/api/v1/clients?size=101").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.get("/api/v1/clients?status=GONE").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void refusesInvalidFieldsWith400NamingThem() {
        ResponseEntity<String> refused = api.post("/api/v1/clients", """
                {"name":"","currency":"euro","paymentTermsDays":400,"defaultTaxRate":"19",
                 "billingAddress":{"line1":"x","postalCode":"1","city":"","country":"Germany"}}""");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(api.body(refused).get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "name", "currency", "paymentTermsDays", "billingAddress.city", "billingAddress.country");
    }

    @Test
    void refusesAMalformedVatIdAndInvoiceEmailWith400() {
        ResponseEntity<String> refused = api.post("/api/v1/clients", """
                {"name":"Malformed","currency":"EUR","paymentTermsDays":30,"defaultTaxRate":"19",
                 "billingAddress":{"line1":"x","postalCode":"1","city":"Berlin","country":"DE"},
                 "vatId":"123","invoiceEmail":"not an address"}""");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.body(refused).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("vatId", "invoiceEmail");
    }

    @Test
    void refusesAnUnknownCurrencyWith422() {
        ResponseEntity<String> refused = api.post("/api/v1/clients",
                registerClientJson(uniqueName("Odd")).replace("\"EUR\"", "\"XYZ\""));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void answersAnUnknownClientWith404() {
        String unknown = "/api/v1/clients/00000000-0000-0000-0000-000000000000";

        assertThat(api.get(unknown).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.send(HttpMethod.PUT, unknown, registerClientJson(uniqueName("Ghost")), Map.of())
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.get(unknown + "/history").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void tellsAClientsHistoryFromTheEventStore() {
        String clientId = api.registerClient();
        api.send(HttpMethod.PUT, "/api/v1/clients/" + clientId, registerClientJson(uniqueName("Later")),
                Map.of("X-Request-Id", "req-client-rename"));

        JsonNode history = api.body(api.get("/api/v1/clients/" + clientId + "/history"));

        assertThat(history.findValuesAsText("type")).containsExactly("ClientRegistered", "ClientUpdated");
        assertThat(history.get(1).get("version").asLong()).isEqualTo(1);
        assertThat(history.get(1).get("correlationId").asText()).isEqualTo("req-client-rename");
        assertThat(history.get(1).get("actor").asText()).isEqualTo(LedgerlineTestInfrastructure.DEFAULT_USER);
        assertThat(history.get(1).get("payload").get("details").get("name").asText()).startsWith("Later");
    }
}
