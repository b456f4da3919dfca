package io.ledgerline.billing.integration;

import static io.ledgerline.billing.BillingApiClient.WAIT;
import static io.ledgerline.billing.BillingFixtures.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.billing.BillingApiClient;
import io.ledgerline.billing.BillingApiClient.World;
import io.ledgerline.billing.BillingFixtures;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Gapless numbers and one issued invoice per entry, under concurrent issuing and duplicated deliveries. */
@LedgerlineIntegrationTest
class InvoiceGuaranteesIT {

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
    void concurrentIssuersTakeGaplessUniqueNumbers() throws Exception {
        int invoices = 8;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < invoices; i++) {
            World world = api.world();
            api.approvedTime(world.projectId(), MEMBER, LocalDate.of(2026, 11, 3 + i), 60);
            ids.add(api.read(api.draft(world.clientId(), "PROJECT")).get("invoiceId").asText());
        }

        List<ResponseEntity<String>> issued = all(ids.stream()
                .<Callable<ResponseEntity<String>>>map(id -> () -> api.post("/api/v1/invoices/" + id + "/issue",
                        null)).toList());

        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        assertThat(issued).allSatisfy(response -> assertThat(response.getStatusCode()).as(response.getBody())
                .isEqualTo(HttpStatus.OK));
        assertThat(issued.stream().map(response -> api.read(response).get("number").asText()))
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, invoices)
                        .mapToObj(n -> "INV-%d-%06d".formatted(year, n)).toList());
    }

    @Test
    void concurrentDraftsOfTheSameEntriesBillThemOnOneIssuedInvoiceOnly() throws Exception {
        World world = api.world();
        String first = api.approvedTime(world.projectId(), MEMBER, LocalDate.of(2026, 11, 3), 60);
        String second = api.approvedTime(world.projectId(), MEMBER, LocalDate.of(2026, 11, 4), 30);
        List<String> drafts = all(IntStream.range(0, 4).<Callable<String>>mapToObj(i -> () -> api.read(
                api.draft(world.clientId(), i % 2 == 0 ? "PROJECT" : "TASK")).get("invoiceId").asText()).toList());

        List<ResponseEntity<String>> issued = all(drafts.stream()
                .<Callable<ResponseEntity<String>>>map(id -> () -> api.post("/api/v1/invoices/" + id + "/issue",
                        null)).toList());

        assertThat(issued.stream().filter(response -> response.getStatusCode() == HttpStatus.OK)).hasSize(1);
        assertThat(issued.stream().filter(response -> response.getStatusCode() == HttpStatus.CONFLICT))
                .hasSize(3)
                .allSatisfy(response -> assertThat(api.read(response).get("detail").asText())
                        .contains("is already billed by issued invoice"));
        assertThat(api.count("SELECT count(DISTINCT invoice_id) FROM billing_claim WHERE claim_key IN (?, ?)",
                first, second)).isOne();
        assertThat(api.count("SELECT count(*) FROM number_sequence WHERE tenant LIKE 'billing-%' AND last_value = 1"
                + " AND tenant = (SELECT tenant FROM priced_entry WHERE entry_id = ?)", first))
                .as("the refused issuers gave their numbers back").isOne();
    }

    @Test
    void billsATimeEntryDeliveredTwiceOnceAndOnlyOnOneInvoice() {
        World world = api.world();
        String entryId = UUID.randomUUID().toString();
        String logged = UUID.randomUUID().toString();
        String approval = UUID.randomUUID().toString();

        // the approval first and twice, then the entry twice: another key, another order, the same event ids
        api.send(BillingFixtures.approved(MEMBER, approval, entryId), BillingFixtures.approved(MEMBER, approval,
                entryId));
        api.send(BillingFixtures.timeLogged(entryId, world.projectId(), MEMBER, LocalDate.of(2026, 11, 5), 60,
                logged), BillingFixtures.timeLogged(entryId, world.projectId(), MEMBER, LocalDate.of(2026, 11, 5), 60,
                logged));
        await().atMost(WAIT).until(() -> api.count("SELECT count(*) FROM processed_event WHERE event_id IN (?, ?)",
                logged, approval) == 2 && api.count(
                "SELECT count(*) FROM priced_entry WHERE entry_id = ? AND approved AND known", entryId) == 1);
        String invoiceId = api.read(api.draft(world.clientId(), "PROJECT")).get("invoiceId").asText();
        api.post("/api/v1/invoices/" + invoiceId + "/issue", null);

        assertThat(api.count("SELECT revision FROM priced_entry WHERE entry_id = ?", entryId)).isOne();
        assertThat(api.read(api.get("/api/v1/invoices/" + invoiceId)).get("lines").get(0).get("minutes").asInt())
                .isEqualTo(60);
        assertThat(api.draft(world.clientId(), "PROJECT").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    private static <T> List<T> all(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
