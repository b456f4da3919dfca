package io.ledgerline.billing.integration;

import static io.ledgerline.billing.BillingApiClient.WAIT;
import static io.ledgerline.billing.BillingFixtures.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** Budget burn from the priced ledger: each threshold once per period, however often events are delivered. */
@LedgerlineIntegrationTest
class BudgetAlertsIT {

    private static final String CROSSED = "ledgerline.billing.BudgetThresholdCrossed.v1";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void crossesFiftyEightyAndHundredPercentOncePerPeriodThoughEventsAreRedelivered() {
        String tenant = "billing-" + UUID.randomUUID();
        BillingApiClient api = new BillingApiClient(http, jdbc, tenant);
        World world = api.world();
        String projectId = world.projectId();
        api.send(BillingFixtures.budgetChanged(projectId, "4", null, true));
        await().atMost(WAIT).until(() -> api.count(
                "SELECT count(*) FROM billing_project WHERE project_id = ? AND budget_hours = 4", projectId) == 1);
        String half = UUID.randomUUID().toString();
        String halfEvent = UUID.randomUUID().toString();

        api.send(BillingFixtures.timeLogged(half, projectId, MEMBER, LocalDate.of(2026, 11, 2), 120, halfEvent),
                BillingFixtures.timeLogged(half, projectId, MEMBER, LocalDate.of(2026, 11, 2), 120, halfEvent));
        api.send(BillingFixtures.timeLogged(UUID.randomUUID().toString(), projectId, MEMBER,
                LocalDate.of(2026, 11, 3), 75, UUID.randomUUID().toString()));
        api.send(BillingFixtures.timeAdjusted(half, projectId, MEMBER, LocalDate.of(2026, 11, 2), 100),
                BillingFixtures.timeAdjusted(half, projectId, MEMBER, LocalDate.of(2026, 11, 2), 180));
        api.send(BillingFixtures.timeLogged(UUID.randomUUID().toString(), projectId, MEMBER,
                LocalDate.of(2026, 12, 1), 150, UUID.randomUUID().toString()));

        var records = KafkaRecords.awaitRecords(TestKafka.instance().bootstrapServers(),
                BillingEvents.CATALOG.topic(), r -> projectId.equals(r.key())
                        && CROSSED.equals(KafkaRecords.header(r, CloudEventHeaders.TYPE)), 4, WAIT);
        await().atMost(WAIT).until(() -> api.count(
                "SELECT count(*) FROM priced_entry WHERE project_id = ? AND work_date = '2026-12-01'", projectId) == 1);

        assertThat(records.stream().map(r -> new String(r.value(), StandardCharsets.UTF_8)))
                .anySatisfy(json -> assertThat(json).contains("\"thresholdPercent\":50", "\"period\":\"2026-11\""))
                .anySatisfy(json -> assertThat(json).contains("\"thresholdPercent\":80", "\"period\":\"2026-11\""))
                .anySatisfy(json -> assertThat(json).contains("\"thresholdPercent\":100", "\"period\":\"2026-11\""))
                .anySatisfy(json -> assertThat(json).contains("\"thresholdPercent\":50", "\"period\":\"2026-12\""));
        records.forEach(record -> JsonSchemaAssertions.assertMatchesSchema(EventCatalog.schemaResource(CROSSED),
                new String(record.value(), StandardCharsets.UTF_8)));
        // a reaction: billing acts, in the tenant and request of the event whose burn crossed, caused by that event
        records.forEach(record -> {
            assertThat(KafkaRecords.header(record, CloudEventHeaders.TENANT)).isEqualTo(tenant);
            assertThat(KafkaRecords.header(record, CloudEventHeaders.ACTOR)).isEqualTo("system:billing-service");
            assertThat(KafkaRecords.header(record, CloudEventHeaders.CAUSATION_ID)).isNotBlank();
            assertThat(KafkaRecords.header(record, CloudEventHeaders.CORRELATION_ID))
                    .isEqualTo("req-" + KafkaRecords.header(record, CloudEventHeaders.CAUSATION_ID));
        });
        assertThat(jdbc.queryForList("""
                SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ?""",
                String.class, projectId)).hasSize(4).allSatisfy(metaData -> assertThat(metaData)
                .contains("\"tenant\":\"" + tenant + "\"", "\"actor\":\"system:billing-service\""));
        assertThat(api.count("""
                SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?
                AND payload_type LIKE '%BudgetThresholdCrossedEvent'""", projectId))
                .as("once per threshold and period").isEqualTo(4);
        JsonNode budget = api.read(api.get("/api/v1/budgets/" + projectId));
        assertThat(budget.get("resetsMonthly").asBoolean()).isTrue();
        assertThat(budget.get("hours").get("budget").decimalValue()).isEqualByComparingTo("4");
        assertThat(api.get("/api/v1/budgets/" + UUID.randomUUID()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
