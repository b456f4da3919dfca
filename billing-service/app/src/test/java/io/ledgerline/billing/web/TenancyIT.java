package io.ledgerline.billing.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.billing.BillingApiClient;
import io.ledgerline.billing.BillingApiClient.World;
import io.ledgerline.billing.BillingFixtures;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every endpoint that takes an id answers another tenant's caller with 404 (or 422 when the id is named in a body)
 * and changes nothing; fields a client must not set are ignored.
 */
@LedgerlineIntegrationTest
class TenancyIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    BillingApiClient owner;
    BillingApiClient intruder;
    World world;
    String invoiceId;
    String creditNoteId;

    @BeforeEach
    void setUp() {
        String tenant = "owner-" + UUID.randomUUID().toString().substring(0, 8);
        owner = new BillingApiClient(http, jdbc, tenant);
        intruder = new BillingApiClient(http, jdbc, "intruder-" + tenant);
        world = owner.world();
        owner.approvedTime(world.projectId(), BillingFixtures.MEMBER, LocalDate.of(2026, 11, 10), 60);
        invoiceId = owner.read(owner.draft(world.clientId(), "PROJECT")).get("invoiceId").asText();
        owner.post("/api/v1/invoices/" + invoiceId + "/issue", null);
        creditNoteId = owner.read(owner.post("/api/v1/credit-notes", """
                {"invoiceId":"%s","amount":"1.00","reason":"goodwill"}""".formatted(invoiceId)))
                .get("creditNoteId").asText();
    }

    @Test
    void everyEndpointWithAnIdAnswersAnotherTenantWith404AndChangesNothing() {
        long eventsBefore = events();
        String invoice = "/api/v1/invoices/" + invoiceId;
        List<Probe> notFound = List.of(
                new Probe(HttpMethod.GET, invoice, null),
                new Probe(HttpMethod.GET, invoice + "?asOf=2100-01-01T00:00:00Z", null),
                new Probe(HttpMethod.GET, invoice + "/history", null),
                new Probe(HttpMethod.POST, invoice + "/issue", null),
                new Probe(HttpMethod.POST, invoice + "/refresh", null),
                new Probe(HttpMethod.POST, invoice + "/payments", "{\"amount\":\"1.00\"}"),
                new Probe(HttpMethod.POST, invoice + "/void", "{\"reason\":\"mine now\"}"),
                new Probe(HttpMethod.POST, invoice + "/tax-overrides", "{\"lineId\":\"x\",\"taxRate\":\"0\"}"),
                new Probe(HttpMethod.GET, "/api/v1/credit-notes/" + creditNoteId, null),
                new Probe(HttpMethod.GET, "/api/v1/budgets/" + world.projectId(), null));

        for (Probe probe : notFound) {
            // If-Match: * gets issue and void, which require one, as far as looking the invoice up
            var response = intruder.exchange(probe.method(), probe.path(), probe.body(), "*");
            assertThat(response.getStatusCode()).as(probe + " " + response.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(intruder.bytes(invoice + "/pdf").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(intruder.post("/api/v1/credit-notes", """
                {"invoiceId":"%s","amount":"1.00","reason":"mine"}""".formatted(invoiceId)).getStatusCode())
                .isIn(HttpStatus.NOT_FOUND, HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(intruder.post("/api/v1/invoices", """
                {"clientId":"%s","periodFrom":"2026-11-01","periodTo":"2026-11-30"}""".formatted(world.clientId()))
                .getStatusCode()).isIn(HttpStatus.NOT_FOUND, HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(intruder.get("/api/v1/unbilled?projectId=" + world.projectId()).getBody())
                .doesNotContain(world.projectId());
        assertThat(intruder.get("/api/v1/invoices").getBody()).doesNotContain(invoiceId);
        assertThat(events()).as("no event was stored").isEqualTo(eventsBefore);
        assertThat(owner.read(owner.get(invoice)).get("status").asText()).isEqualTo("ISSUED");
    }

    @Test
    void fieldsAClientMustNotSetAreIgnored() {
        owner.approvedTime(world.projectId(), BillingFixtures.MEMBER, LocalDate.of(2026, 11, 11), 30);

        JsonNode draft = owner.read(owner.post("/api/v1/invoices", """
                {"clientId":"%s","periodFrom":"2026-11-01","periodTo":"2026-11-30","status":"PAID","number":"INV-1",
                 "netTotal":"0.01","grossTotal":"0.01","tenant":"globex","version":9}""".formatted(world.clientId())));

        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.path("number").isNull() || draft.path("number").isMissingNode()).isTrue();
        assertThat(draft.get("netTotal").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(draft.get("version").asLong()).isZero();
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    private record Probe(HttpMethod method, String path, String body) {
    }
}
