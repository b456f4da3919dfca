package io.ledgerline.billing.integration;

import static io.ledgerline.billing.BillingApiClient.WAIT;
import static io.ledgerline.billing.BillingFixtures.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.billing.BillingApiClient;
import io.ledgerline.billing.BillingApiClient.World;
import io.ledgerline.billing.BillingFixtures;
import io.ledgerline.billing.api.BillingEvents;
import io.ledgerline.contract.EventCatalog;
import io.ledgerline.platform.outbox.CloudEventHeaders;
import io.ledgerline.testsupport.JsonSchemaAssertions;
import io.ledgerline.testsupport.KafkaRecords;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every record billing-service really publishes matches the JSON Schema of its type, and every type is published. */
@LedgerlineIntegrationTest
class BillingEventContractIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void publishesEveryTypeOfItsCatalogAsItsSchemaDescribes() {
        BillingApiClient api = new BillingApiClient(http, jdbc, "billing-" + UUID.randomUUID());
        World world = api.world();
        api.send(BillingFixtures.budgetChanged(world.projectId(), null, "100", false));
        String voidedEntry = api.approvedTime(world.projectId(), MEMBER, LocalDate.of(2026, 11, 2), 60);
        String voided = api.read(api.draft(world.clientId(), "PROJECT")).get("invoiceId").asText();
        api.post("/api/v1/invoices/" + voided + "/issue", null);
        api.post("/api/v1/invoices/" + voided + "/void", "{\"reason\":\"Wrong client\"}");
        String paid = api.read(api.draft(world.clientId(), "TASK")).get("invoiceId").asText();
        api.post("/api/v1/invoices/" + paid + "/issue", null);
        api.post("/api/v1/invoices/" + paid + "/payments", "{\"amount\":119}");
        String creditNote = api.read(api.post("/api/v1/credit-notes", """
                {"invoiceId":"%s","amount":19,"reason":"Goodwill"}""".formatted(paid))).get("creditNoteId").asText();
        Set<String> keys = Set.of(world.projectId(), voided, paid, creditNote);

        List<ConsumerRecord<String, byte[]>> records = KafkaRecords.awaitEvents(
                TestKafka.instance().bootstrapServers(), BillingEvents.CATALOG.topic(), r -> keys.contains(r.key()),
                11, WAIT);

        // three thresholds of the money budget, two invoices' lives (3 and 4 events) and the credit note
        assertThat(records).hasSize(11);
        records.forEach(record -> JsonSchemaAssertions.assertMatchesSchema(
                EventCatalog.schemaResource(KafkaRecords.header(record, CloudEventHeaders.TYPE)),
                new String(record.value(), StandardCharsets.UTF_8)));
        assertThat(records.stream().map(record -> KafkaRecords.header(record, CloudEventHeaders.TYPE)))
                .containsAll(BillingEvents.CATALOG.byType().keySet());
        assertThat(records.stream().filter(r -> voided.equals(r.key())).map(r -> new String(r.value(),
                StandardCharsets.UTF_8))).allSatisfy(json -> assertThat(json).contains(voidedEntry));
    }
}
