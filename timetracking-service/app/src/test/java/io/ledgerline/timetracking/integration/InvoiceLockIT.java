package io.ledgerline.timetracking.integration;

import static io.ledgerline.timetracking.TimeApiClient.WAIT;
import static io.ledgerline.timetracking.TimeApiClient.bearer;
import static io.ledgerline.timetracking.TimeApiClient.send;
import static io.ledgerline.timetracking.TimeFixtures.invoiceIssued;
import static io.ledgerline.timetracking.TimeFixtures.invoiceVoided;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpMethod.PATCH;

import io.ledgerline.billing.api.BillingEvents;
import io.ledgerline.billing.api.InvoiceIssued;
import io.ledgerline.platform.outbox.CloudEventHeaders;
import io.ledgerline.testsupport.KafkaRecords;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.TestKafka;
import io.ledgerline.timetracking.TimeApiClient;
import io.ledgerline.timetracking.TimeApiClient.Work;
import io.ledgerline.timetracking.TimeFixtures;
import io.ledgerline.timetracking.api.TimeEvents;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The invoice lock, fed with billing-service's events as billing publishes them: duplicated, crossing each other,
 * out of order, and racing adjustments. An entry is never held by two invoices and never changes while held.
 */
@LedgerlineIntegrationTest
class InvoiceLockIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    private TimeApiClient api;

    @BeforeEach
    void setUp() {
        api = new TimeApiClient(http, jdbc);
    }

    private String holder(String entryId) {
        return jdbc.queryForObject("SELECT invoice_id FROM time_entry WHERE entry_id = ?", String.class, entryId);
    }

    private void awaitApplied(String eventId) {
        await().atMost(WAIT).until(() -> api.count("SELECT count(*) FROM processed_event WHERE event_id = ?",
                eventId) == 1);
    }

    private long events(String entryId, String type) {
        return api.count("""
                SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?""",
                entryId, "%." + type);
    }

    private List<String> published(String invoiceId, String type, int count) {
        return KafkaRecords.awaitRecords(TestKafka.instance().bootstrapServers(), TimeEvents.CATALOG.topic(),
                        r -> invoiceId.equals(r.key()) && type.equals(KafkaRecords.header(r, CloudEventHeaders.TYPE)),
                        count, WAIT).stream()
                .map(record -> new String(record.value(), StandardCharsets.UTF_8)).toList();
    }

    /** The outcome timetracking published is its reaction: its own actor, in the request of and caused by billing's. */
    private static void assertReaction(String invoiceId, String type, String triggerId) {
        ConsumerRecord<String, byte[]> outcome = KafkaRecords.awaitRecords(TestKafka.instance().bootstrapServers(),
                TimeEvents.CATALOG.topic(), r -> invoiceId.equals(r.key())
                        && type.equals(KafkaRecords.header(r, CloudEventHeaders.TYPE)), 1, WAIT).get(0);
        assertThat(KafkaRecords.header(outcome, CloudEventHeaders.ACTOR)).isEqualTo("system:timetracking-service");
        assertThat(KafkaRecords.header(outcome, CloudEventHeaders.CAUSATION_ID)).isEqualTo(triggerId);
        assertThat(KafkaRecords.header(outcome, CloudEventHeaders.CORRELATION_ID)).isEqualTo("req-" + triggerId);
        assertThat(KafkaRecords.header(outcome, CloudEventHeaders.TENANT)).isEqualTo(TimeFixtures.TENANT);
    }

    private static ProducerRecord<String, byte[]> issued(String eventId, String invoiceId, List<String> entries) {
        return TimeFixtures.record(BillingEvents.CATALOG, invoiceId, eventId, new InvoiceIssued(invoiceId,
                "2026-0001", null, "EUR", TimeFixtures.TODAY, TimeFixtures.TODAY, BigDecimal.TEN, BigDecimal.ZERO,
                BigDecimal.TEN, entries));
    }

    @Test
    void anIssuedInvoiceLocksItsEntriesOnceAndAVoidOfItReleasesThem() {
        Work work = api.work();
        String first = api.log(work, 30);
        String second = api.log(work, 45);
        String invoiceId = UUID.randomUUID().toString();
        String issue = UUID.randomUUID().toString();

        // the same record twice (a redelivery), then a re-issue with a new event id naming the same entries
        send(issued(issue, invoiceId, List.of(first, second)), issued(issue, invoiceId, List.of(first, second)));
        String again = UUID.randomUUID().toString();
        send(issued(again, invoiceId, List.of(first, second)));
        awaitApplied(again);

        assertThat(holder(first)).isEqualTo(invoiceId);
        assertThat(holder(second)).isEqualTo(invoiceId);
        assertThat(events(first, "TimeEntryInvoicedEvent")).isOne();
        assertThat(api.count("SELECT count(*) FROM processed_event WHERE event_id = ?", issue)).isOne();
        assertThat(published(invoiceId, "ledgerline.time.TimeEntriesInvoiced.v1", 1).get(0))
                .contains(first, second);
        ResponseEntity<String> adjusted = api.exchange(PATCH, "/api/v1/time-entries/" + first, "{\"minutes\":5}",
                bearer(work.member(), "member"), null);
        assertThat(adjusted.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.read(adjusted).get("detail").asText())
                .isEqualTo("locked: entry " + first + " is invoiced on invoice " + invoiceId);

        String voided = UUID.randomUUID().toString();
        send(TimeFixtures.record(BillingEvents.CATALOG, invoiceId, voided, new io.ledgerline.billing.api
                .InvoiceVoided(invoiceId, "2026-0001", "wrong rate", List.of(first, second))));
        awaitApplied(voided);

        assertThat(holder(first)).isNull();
        assertThat(published(invoiceId, "ledgerline.time.TimeEntriesReleased.v1", 1).get(0)).contains(first, second);
        assertReaction(invoiceId, "ledgerline.time.TimeEntriesInvoiced.v1", issue);
        assertReaction(invoiceId, "ledgerline.time.TimeEntriesReleased.v1", voided);
        assertThat(jdbc.queryForObject("""
                SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%.TimeEntryInvoicedEvent'""", String.class, first))
                .contains("\"actor\":\"system:timetracking-service\"", "\"causationId\":\"" + issue + "\"");
        assertThat(api.exchange(PATCH, "/api/v1/time-entries/" + first, "{\"minutes\":5}",
                bearer(work.member(), "member"), null).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aSecondInvoiceNamingAHeldEntryIsRefusedAndItsVoidLeavesTheFirstLock() {
        Work work = api.work();
        String entryId = api.log(work, 30);
        String firstInvoice = UUID.randomUUID().toString();
        String secondInvoice = UUID.randomUUID().toString();
        String unknownEntry = UUID.randomUUID().toString();

        send(invoiceIssued(firstInvoice, List.of(entryId)));
        await().atMost(WAIT).until(() -> firstInvoice.equals(holder(entryId)));
        ProducerRecord<String, byte[]> secondIssue = invoiceIssued(secondInvoice, List.of(entryId, unknownEntry));
        ProducerRecord<String, byte[]> secondVoid = invoiceVoided(secondInvoice, List.of(entryId, unknownEntry));
        send(secondIssue, secondVoid);
        awaitApplied(KafkaRecords.header(consumerView(secondVoid), CloudEventHeaders.ID));

        assertThat(holder(entryId)).isEqualTo(firstInvoice);
        assertThat(events(entryId, "TimeEntryInvoiceRefusedEvent")).isOne();
        assertThat(events(entryId, "TimeEntryReleasedEvent")).isZero();
        assertThat(events(secondInvoice, "InvoiceIssueRecordedEvent")).isOne();
        assertThat(api.read(api.get("/api/v1/time-entries/" + entryId + "/history", null)).toString())
                .contains("TimeEntryInvoiceRefused", "held by invoice " + firstInvoice);
    }

    @Test
    void aVoidThatOvertakesItsIssueKeepsTheLateIssueFromLockingAnything() {
        Work work = api.work();
        String entryId = api.log(work, 30);
        String invoiceId = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> lateIssue = invoiceIssued(invoiceId, List.of(entryId));

        send(invoiceVoided(invoiceId, List.of(entryId)), lateIssue);
        awaitApplied(KafkaRecords.header(consumerView(lateIssue), CloudEventHeaders.ID));

        assertThat(holder(entryId)).isNull();
        assertThat(events(entryId, "TimeEntryInvoicedEvent")).isZero();
        assertThat(events(entryId, "TimeEntryInvoiceRefusedEvent")).isOne();
        assertThat(api.exchange(PATCH, "/api/v1/time-entries/" + entryId, "{\"minutes\":5}",
                bearer(work.member(), "member"), null).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void adjustmentsRacingAnIssueNeverChangeTheEntryAfterItIsInvoiced() throws Exception {
        Work work = api.work();
        String entryId = api.log(work, 30);
        String invoiceId = UUID.randomUUID().toString();
        String member = bearer(work.member(), "member");
        List<CompletableFuture<ResponseEntity<String>>> adjustments = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < 12; i++) {
                int minutes = 31 + i;
                adjustments.add(CompletableFuture.supplyAsync(() -> api.exchange(PATCH,
                        "/api/v1/time-entries/" + entryId, "{\"minutes\":" + minutes + "}", member, null), threads));
                if (i == 3) {
                    send(invoiceIssued(invoiceId, List.of(entryId)));
                }
            }
            await().atMost(WAIT).until(() -> invoiceId.equals(holder(entryId)));
            for (CompletableFuture<ResponseEntity<String>> adjustment : adjustments) {
                assertThat(adjustment.get().getStatusCode()).isIn(HttpStatus.OK, HttpStatus.CONFLICT);
            }
        } finally {
            threads.shutdown();
        }

        Long invoicedAt = jdbc.queryForObject("""
                SELECT sequence_number FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%.TimeEntryInvoicedEvent'""", Long.class,
                entryId);
        Long lastAdjustment = jdbc.queryForObject("""
                SELECT max(sequence_number) FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%.TimeEntryAdjustedEvent'""", Long.class,
                entryId);
        assertThat(invoicedAt).isNotNull();
        assertThat(lastAdjustment == null ? -1 : lastAdjustment).as("no change after the invoice took the lock")
                .isLessThan(invoicedAt);
        assertThat(api.count("""
                SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number > ?""",
                entryId, invoicedAt)).isZero();
    }

    /** The record as the consumer sees its headers. */
    private static ConsumerRecord<String, byte[]> consumerView(ProducerRecord<String, byte[]> record) {
        ConsumerRecord<String, byte[]> view = new ConsumerRecord<>(record.topic(), 0, 0, record.key(),
                record.value());
        record.headers().forEach(header -> view.headers().add(header));
        return view;
    }
}
