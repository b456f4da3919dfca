package io.ledgerline.billing.web;

import static io.ledgerline.billing.BillingApiClient.WAIT;
import static io.ledgerline.billing.BillingFixtures.MEMBER;
import static io.ledgerline.billing.BillingFixtures.OTHER_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.billing.BillingApiClient;
import io.ledgerline.billing.BillingApiClient.World;
import io.ledgerline.billing.BillingFixtures;
import io.ledgerline.billing.PdfText;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
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
class BillingApiIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    private BillingApiClient api;

    @BeforeEach
    void setUp() {
        api = new BillingApiClient(http, jdbc, "billing-" + UUID.randomUUID());
    }

    @Test
    void pricesTimeAtTheRateInForceOnItsDateRepricesAdjustmentsAndDropsDeletions() {
        World world = api.world();
        String early = api.approvedTime(world.projectId(), MEMBER, LocalDate.of(2026, 11, 10), 60);
        api.send(BillingFixtures.rateChanged(world.projectId(), null, "110", LocalDate.of(2026, 11, 15), 1));
        await().atMost(WAIT).until(() -> api.count("SELECT count(*) FROM project_rate WHERE project_id = ?",
                world.projectId()) == 3);
        api.approvedTime(world.projectId(), MEMBER, LocalDate.of(2026, 11, 20), 60);
        api.approvedTime(world.projectId(), OTHER_MEMBER, LocalDate.of(2026, 11, 20), 30);
        String deleted = api.approvedTime(world.projectId(), MEMBER, LocalDate.of(2026, 11, 21), 600);

        api.send(BillingFixtures.timeAdjusted(early, world.projectId(), MEMBER, LocalDate.of(2026, 11, 10), 90),
                BillingFixtures.timeDeleted(deleted, world.projectId(), MEMBER));
        await().atMost(WAIT).until(() -> api.count("SELECT count(*) FROM priced_entry WHERE entry_id = ? AND deleted",
                deleted) == 1);

        JsonNode unbilled = api.read(api.get("/api/v1/unbilled?projectId=" + world.projectId())).get(0);
        // 90 min at 100 (before the change) + 60 min at 110 + 30 min at carol's own 120
        assertThat(unbilled.get("amount").decimalValue()).isEqualByComparingTo("320");
        assertThat(unbilled.get("hours").decimalValue()).isEqualByComparingTo("3");
        assertThat(unbilled.get("entries").asLong()).isEqualTo(3);
    }

    @Test
    void draftsIssuesAndCollectsAnInvoiceWithLineageAndAPdf() {
        World world = api.world();
        String first = api.approvedTime(world.projectId(), MEMBER, LocalDate.of(2026, 11, 10), 90);
        String second = api.approvedTime(world.projectId(), OTHER_MEMBER, LocalDate.of(2026, 11, 12), 20);

        ResponseEntity<String> drafted = api.draft(world.clientId(), "PERSON");
        assertThat(drafted.getStatusCode()).as(drafted.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode draft = api.read(drafted);
        String invoice = "/api/v1/invoices/" + draft.get("invoiceId").asText();
        assertThat(drafted.getHeaders().getLocation()).hasPath(invoice);
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("lines")).hasSize(2);
        JsonNode bob = draft.get("lines").get(0);
        assertThat(bob.get("userId").asText()).isEqualTo(MEMBER);
        assertThat(bob.get("entryIds").get(0).asText()).isEqualTo(first);
        assertThat(bob.get("rateVersions").get(0).asInt()).isZero();
        assertThat(bob.get("roundings").get(0).asText()).isEqualTo("15 min UP");
        assertThat(bob.get("net").decimalValue()).isEqualByComparingTo("150.00");
        assertThat(draft.get("lines").get(1).get("entryIds").get(0).asText()).isEqualTo(second);
        // carol at her own 120/h for 20 min = 40.00; tax 19 % per line: 28.50 + 7.60
        assertThat(draft.get("netTotal").decimalValue()).isEqualByComparingTo("190.00");
        assertThat(draft.get("taxTotal").decimalValue()).isEqualByComparingTo("36.10");
        assertThat(draft.get("grossTotal").decimalValue()).isEqualByComparingTo("226.10");

        ResponseEntity<String> issued = api.post(invoice + "/issue", null);
        assertThat(issued.getStatusCode()).as(issued.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode view = api.read(issued);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(view.get("number").asText()).isEqualTo("INV-" + today.getYear() + "-000001");
        assertThat(view.get("dueOn").asText()).isEqualTo(today.plusDays(14).toString());
        assertThat(api.get("/api/v1/unbilled?projectId=" + world.projectId()).getBody()).isEqualTo("[]");

        ResponseEntity<String> overpaid = api.post(invoice + "/payments", "{\"amount\":226.11}");
        assertThat(overpaid.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(overpaid.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode partly = api.read(api.post(invoice + "/payments", "{\"amount\":100}"));
        assertThat(partly.get("status").asText()).isEqualTo("PARTIALLY_PAID");
        assertThat(partly.get("outstanding").decimalValue()).isEqualByComparingTo("126.10");
        JsonNode paid = api.read(api.post(invoice + "/payments", "{\"amount\":126.10}"));
        assertThat(paid.get("status").asText()).isEqualTo("PAID");

        ResponseEntity<byte[]> pdf = api.bytes(invoice + "/pdf");
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(PdfText.of(pdf.getBody())).contains("Invoice INV-" + today.getYear() + "-000001",
                "Issue date: " + today, "Due date: " + today.plusDays(14), "Bill to", "Acme", "Berlin",
                "Website relaunch · bob", "150.00", "28.50", "Net total 190.00 EUR", "Tax total 36.10 EUR",
                "Gross total 226.10 EUR", "Paid 226.10 EUR", "Balance due 0.00 EUR");

        JsonNode history = api.read(api.get(invoice + "/history"));
        assertThat(history.findValuesAsText("type")).containsExactly("InvoiceDrafted", "InvoiceIssued",
                "InvoicePaymentRecorded", "InvoicePaymentRecorded", "InvoicePaid");
    }

    @Test
    void refusesToIssueADraftWhoseEntriesChangedUntilItIsRefreshed() {
        World world = api.world();
        String entry = api.approvedTime(world.projectId(), MEMBER, LocalDate.of(2026, 11, 10), 60);
        String invoice = "/api/v1/invoices/" + api.read(api.draft(world.clientId(), "PROJECT")).get("invoiceId")
                .asText();

        api.send(BillingFixtures.timeAdjusted(entry, world.projectId(), MEMBER, LocalDate.of(2026, 11, 10), 120));
        await().atMost(WAIT).until(() -> api.count("SELECT revision FROM priced_entry WHERE entry_id = ?", entry)
                == 2);
        ResponseEntity<String> stale = api.post(invoice + "/issue", null);
        ResponseEntity<String> refreshed = api.post(invoice + "/refresh", null);
        ResponseEntity<String> issued = api.post(invoice + "/issue", null);

        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.read(stale).get("detail").asText()).contains("must be refreshed before it is issued", entry);
        assertThat(api.read(refreshed).get("netTotal").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.read(issued).get("grossTotal").decimalValue()).isEqualByComparingTo("238.00");
    }

    @Test
    void voidingMakesTheEntriesBillableAgainAndItsNumberStaysUsed() {
        World world = api.world();
        String entry = api.approvedTime(world.projectId(), MEMBER, LocalDate.of(2026, 11, 10), 60);
        String first = api.read(api.draft(world.clientId(), "PROJECT")).get("invoiceId").asText();
        api.post("/api/v1/invoices/" + first + "/issue", null);

        ResponseEntity<String> noReason = api.post("/api/v1/invoices/" + first + "/void", "{\"reason\":\" \"}");
        ResponseEntity<String> voided = api.post("/api/v1/invoices/" + first + "/void",
                "{\"reason\":\"Wrong purchase order\"}");
        String second = api.read(api.draft(world.clientId(), "TASK")).get("invoiceId").asText();
        JsonNode reissued = api.read(api.post("/api/v1/invoices/" + second + "/issue", null));

        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.read(voided).get("status").asText()).isEqualTo("VOID");
        assertThat(api.read(voided).get("number").asText()).endsWith("-000001");
        assertThat(reissued.get("number").asText()).endsWith("-000002");
        assertThat(reissued.get("lines").get(0).get("entryIds").get(0).asText()).isEqualTo(entry);
        assertThat(api.count("SELECT count(*) FROM billing_claim WHERE claim_key = ?", entry)).isOne();
    }

    @Test
    void creditsAnIssuedInvoiceInItsOwnSequenceButNoMoreThanItsTotal() {
        World world = api.world();
        api.approvedTime(world.projectId(), MEMBER, LocalDate.of(2026, 11, 10), 60);
        String invoiceId = api.read(api.draft(world.clientId(), "PROJECT")).get("invoiceId").asText();
        ResponseEntity<String> draftCredit = api.post("/api/v1/credit-notes", """
                {"invoiceId":"%s","amount":10,"reason":"Discount"}""".formatted(invoiceId));
        api.post("/api/v1/invoices/" + invoiceId + "/issue", null);

        ResponseEntity<String> credited = api.post("/api/v1/credit-notes", """
                {"invoiceId":"%s","amount":100,"reason":"Discount agreed"}""".formatted(invoiceId));
        ResponseEntity<String> tooMuch = api.post("/api/v1/credit-notes", """
                {"invoiceId":"%s","amount":19.01,"reason":"Again"}""".formatted(invoiceId));

        assertThat(draftCredit.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(credited.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(api.read(credited).get("number").asText())
                .isEqualTo("CN-" + LocalDate.now(ZoneOffset.UTC).getYear() + "-000001");
        assertThat(tooMuch.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(api.read(api.get("/api/v1/invoices/" + invoiceId)).get("creditedTotal").decimalValue())
                .isEqualByComparingTo("100");
    }

    @Test
    void neverShowsOrChangesAnotherTenantsInvoice() {
        World world = api.world();
        api.approvedTime(world.projectId(), MEMBER, LocalDate.of(2026, 11, 10), 60);
        String invoiceId = api.read(api.draft(world.clientId(), "PROJECT")).get("invoiceId").asText();
        BillingApiClient stranger = new BillingApiClient(http, jdbc, "billing-" + UUID.randomUUID());

        assertThat(stranger.get("/api/v1/invoices/" + invoiceId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(stranger.post("/api/v1/invoices/" + invoiceId + "/issue", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(stranger.get("/api/v1/invoices/" + invoiceId + "/history").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(stranger.draft(world.clientId(), "PROJECT").getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(stranger.get("/api/v1/unbilled").getBody()).isEqualTo("[]");
        assertThat(stranger.read(stranger.get("/api/v1/invoices")).get("total").asLong()).isZero();
    }

    @Test
    void refusesAChangeBasedOnAStaleVersionWith412() {
        World world = api.world();
        api.approvedTime(world.projectId(), MEMBER, LocalDate.of(2026, 11, 10), 60);
        ResponseEntity<String> drafted = api.draft(world.clientId(), "PROJECT");
        String invoice = "/api/v1/invoices/" + api.read(drafted).get("invoiceId").asText();
        String etag = drafted.getHeaders().getETag();
        String lineId = api.read(drafted).get("lines").get(0).get("lineId").asText();

        ResponseEntity<String> taxed = api.exchange(HttpMethod.POST, invoice + "/tax-overrides",
                "{\"lineId\":\"" + lineId + "\",\"taxRate\":7}", etag);
        ResponseEntity<String> stale = api.exchange(HttpMethod.POST, invoice + "/issue", null, etag);

        assertThat(taxed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.read(taxed).get("taxTotal").decimalValue()).isEqualByComparingTo("7.00");
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
        assertThat(stale.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(api.exchange(HttpMethod.POST, invoice + "/issue", null, "W/" + taxed.getHeaders().getETag())
                .getStatusCode()).as("a weak tag never matches").isEqualTo(HttpStatus.PRECONDITION_FAILED);
        assertThat(api.exchange(HttpMethod.POST, invoice + "/issue", null, taxed.getHeaders().getETag())
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void issueAndVoidRequireIfMatchAndTakeStarForAnyVersion() {
        World world = api.world();
        api.approvedTime(world.projectId(), MEMBER, LocalDate.of(2026, 11, 10), 60);
        String invoice = "/api/v1/invoices/" + api.read(api.draft(world.clientId(), "PROJECT")).get("invoiceId")
                .asText();

        ResponseEntity<String> unconditional = api.exchange(HttpMethod.POST, invoice + "/issue", null, null);
        assertThat(unconditional.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
        assertThat(unconditional.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(api.read(api.get(invoice)).get("status").asText()).isEqualTo("DRAFT");
        assertThat(api.exchange(HttpMethod.POST, invoice + "/issue", null, "*").getStatusCode())
                .isEqualTo(HttpStatus.OK);

        String voidReason = "{\"reason\":\"wrong client\"}";
        assertThat(api.exchange(HttpMethod.POST, invoice + "/void", voidReason, null).getStatusCode())
                .isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
        assertThat(api.read(api.get(invoice)).get("status").asText()).isEqualTo("ISSUED");
        assertThat(api.exchange(HttpMethod.POST, invoice + "/void", voidReason, api.currentETag(invoice))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void rejectsInvalidDraftsWith400NamingTheFields() {
        ResponseEntity<String> refused = api.post("/api/v1/invoices", """
                {"clientId":"nope","periodFrom":"2026-11-01","currency":"euro"}""");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.read(refused).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("clientId", "periodTo", "currency");
    }
}
