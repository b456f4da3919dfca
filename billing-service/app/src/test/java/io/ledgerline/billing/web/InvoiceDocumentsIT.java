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
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mustangproject.validator.ZUGFeRDValidator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The seller profile, the refusal to issue without what EN 16931 needs, and the PDF an issued invoice becomes. */
@LedgerlineIntegrationTest
class InvoiceDocumentsIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    BillingApiClient api;
    String tenant;

    @BeforeEach
    void setUp() {
        tenant = "docs-" + UUID.randomUUID().toString().substring(0, 8);
        api = new BillingApiClient(http, jdbc, tenant);
    }

    @Test
    void keepsASellerProfilePerTenantVersionedWithItsLogo() throws IOException {
        assertThat(api.get("/api/v1/seller-profile").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> badIban = api.exchange(HttpMethod.PUT, "/api/v1/seller-profile",
                BillingFixtures.sellerProfileJson().replace("DE89 3704", "DE00 3704"), null);
        assertThat(badIban.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(badIban.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        ResponseEntity<String> badVatId = api.exchange(HttpMethod.PUT, "/api/v1/seller-profile",
                BillingFixtures.sellerProfileJson().replace("DE123456789", "123"), null);
        assertThat(api.read(badVatId).get("errors").findValuesAsText("field")).containsExactly("vatId");

        ResponseEntity<String> saved = api.exchange(HttpMethod.PUT, "/api/v1/seller-profile",
                BillingFixtures.sellerProfileJson(), null);

        assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(saved.getHeaders().getETag()).isEqualTo("\"0\"");
        JsonNode profile = api.read(api.get("/api/v1/seller-profile"));
        assertThat(profile.at("/details/legalName").asText()).isEqualTo("Ledgerline Demo GmbH");
        assertThat(profile.at("/details/iban").asText()).isEqualTo("DE89370400440532013000");
        assertThat(api.exchange(HttpMethod.PUT, "/api/v1/seller-profile", BillingFixtures.sellerProfileJson(),
                "\"0\"").getHeaders().getETag()).isEqualTo("\"1\"");
        assertThat(api.exchange(HttpMethod.PUT, "/api/v1/seller-profile", BillingFixtures.sellerProfileJson(),
                "\"0\"").getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);

        byte[] png = png();
        assertThat(logo(png, MediaType.IMAGE_PNG).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(logo("not an image".getBytes(), MediaType.IMAGE_PNG).getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(api.bytes("/api/v1/seller-profile/logo").getBody()).isEqualTo(png);
        assertThat(api.read(api.get("/api/v1/seller-profile")).get("version").asLong()).isEqualTo(2);
        assertThat(new BillingApiClient(http, jdbc, "other-" + tenant).get("/api/v1/seller-profile")
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void refusesToIssueWithoutASellerProfileWith422NamingIt() {
        World world = api.clientAndProject();
        api.approvedTime(world.projectId(), MEMBER, LocalDate.of(2026, 11, 10), 60);
        String invoice = "/api/v1/invoices/" + api.read(api.draft(world.clientId(), "PROJECT")).get("invoiceId")
                .asText();

        ResponseEntity<String> refused = api.post(invoice + "/issue", null);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(api.read(refused).get("detail").asText()).contains("missing sellerProfile");
        assertThat(api.read(api.get(invoice)).get("status").asText()).isEqualTo("DRAFT");
        assertThat(api.count("SELECT count(*) FROM billing_claim WHERE invoice_id = ?", invoice.substring(17)))
                .isZero();
    }

    @Test
    void rendersTheSellerBuyerTaskTitlesTaxesBalanceAndTimeReport() {
        World world = api.world();
        api.send(BillingFixtures.taskCreated(world.projectId(), "Design review"));
        await().atMost(WAIT).until(() -> api.count("SELECT count(*) FROM billing_task WHERE tenant = ?", tenant)
                == 1);
        api.approvedTime(world.projectId(), MEMBER, LocalDate.of(2026, 11, 10), 90);
        api.approvedTime(world.projectId(), OTHER_MEMBER, LocalDate.of(2026, 11, 12), 20);
        String invoiceId = api.read(api.draft(world.clientId(), "TASK")).get("invoiceId").asText();
        String invoice = "/api/v1/invoices/" + invoiceId;
        JsonNode issued = api.read(api.post(invoice + "/issue", null));
        api.post(invoice + "/payments", "{\"amount\":100}");
        String creditNote = api.read(api.post("/api/v1/credit-notes", """
                {"invoiceId":"%s","amount":"50.00","reason":"goodwill"}""".formatted(invoiceId)))
                .get("creditNoteId").asText();

        ResponseEntity<byte[]> pdf = api.bytes(invoice + "/pdf");

        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentDisposition().getFilename())
                .isEqualTo(issued.get("number").asText() + ".pdf");
        String text = PdfText.of(pdf.getBody());
        assertThat(text).contains("Ledgerline Demo GmbH", "Werkstrasse 5", "VAT ID: DE123456789",
                "Tax number: 22/815/08154", "billing@ledgerline.example");
        assertThat(text).contains("Bill to", "Acme", "Hauptstr. 1", "10115 Berlin",
                "Invoice " + issued.get("number").asText(), "Service period: 2026-11-01 to 2026-11-30");
        // bob 90 min at 100/h and carol 20 min at her own 120/h, both on the task, one line per rate
        assertThat(text).contains("Website relaunch - Design review", "150.00", "28.50", "40.00", "7.60",
                "Tax 19 % (standard) on 190.00", "Net total 190.00 EUR", "Tax total 36.10 EUR",
                "Gross total 226.10 EUR", "Paid 100.00 EUR", "Credited 50.00 EUR", "Balance due 76.10 EUR");
        assertThat(text).contains("IBAN: DE89370400440532013000", "BIC: COBADEFFXXX", "Payable within 14 days");
        assertThat(text).doesNotContain("task " + BillingFixtures.TASK_ID);
        // the time report: each entry with its date, person, task, description, raw and rounded minutes and rate
        assertThat(text).contains("Time report", "2026-11-10 bob Design review Work 85 90 100",
                "2026-11-12 carol Design review Work 15 20 120");
        // the PDF is Factur-X: PDF/A-3 with the EN 16931 CII XML embedded, as the Mustang validator checks it
        ZUGFeRDValidator validator = new ZUGFeRDValidator();
        String report = validator.validate(pdf.getBody(), "invoice.pdf");
        assertThat(validator.wasCompletelyValid()).as(report).isTrue();
        // this client has no Leitweg-ID and no invoice e-mail: no XRechnung for it, and the problem names both
        ResponseEntity<String> xRechnung = api.get(invoice + "/xrechnung");
        assertThat(xRechnung.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(api.read(xRechnung).get("detail").asText()).contains("buyer.buyerReference",
                "buyer.invoiceEmail");
        // the credit note has a PDF of its own, naming the invoice it corrects
        ResponseEntity<byte[]> creditPdf = api.bytes("/api/v1/credit-notes/" + creditNote + "/pdf");
        assertThat(creditPdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(PdfText.of(creditPdf.getBody())).contains("Credit note CN-", "Corrects invoice "
                + issued.get("number").asText(), "Reason: goodwill", "Total credited 50.00 EUR");
        assertThat(api.get("/api/v1/credit-notes/" + creditNote + "/xrechnung").getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    private ResponseEntity<String> logo(byte[] image, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setBearerAuth(api.token());
        return http.exchange("/api/v1/seller-profile/logo", HttpMethod.PUT, new HttpEntity<>(image, headers),
                String.class);
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x3366cc);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
