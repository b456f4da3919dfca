package io.ledgerline.billing.integration;

import static io.ledgerline.billing.BillingFixtures.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.billing.BillingApiClient;
import io.ledgerline.billing.BillingFixtures;
import io.ledgerline.platform.inbox.Inbox;
import io.ledgerline.platform.inbox.Subscription;
import io.ledgerline.platform.outbox.CloudEventHeaders;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The priced ledger written as one batch per poll ends exactly where the same records applied one transaction each
 * end: amounts, revisions, approval and deletion, with an entry adjusted within the poll, an approval before its
 * entry, a deletion after one and a redelivery.
 */
@LedgerlineIntegrationTest
class LedgerBatchIT {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 10);

    @Autowired
    Inbox inbox;
    @Autowired
    @Qualifier("timeLedger")
    Subscription timeLedger;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPollWrittenAsOneBatchEndsWhereOneTransactionPerRecordEnds() {
        String tenant = "ledger-batch-" + UUID.randomUUID();
        BillingApiClient api = new BillingApiClient(http, jdbc, tenant);
        String projectId = api.world().projectId();
        Entries single = new Entries();
        Entries batched = new Entries();
        List<ConsumerRecord<String, byte[]>> one = poll(tenant, projectId, single);
        List<ConsumerRecord<String, byte[]>> all = poll(tenant, projectId, batched);

        one.forEach(record -> inbox.processAll(List.of(record), timeLedger, "ledger-batch-single"));
        inbox.processAll(all, timeLedger, "ledger-batch-batched");

        List<Map<String, Object>> ledger = ledger(tenant, batched);
        assertThat(ledger).isEqualTo(ledger(tenant, single));
        assertThat(ledger.get(0)).as("logged twice (a redelivery), adjusted within the poll, approved")
                .containsEntry("rounded_minutes", 90).containsEntry("approved", true).containsEntry("revision", 2);
        assertThat((BigDecimal) ledger.get(0).get("amount")).isEqualByComparingTo("150.00");
        assertThat(ledger.get(1)).as("approved before it was logged").containsEntry("approved", true)
                .containsEntry("known", true);
        assertThat((BigDecimal) ledger.get(1).get("amount")).isEqualByComparingTo("50.00");
        assertThat(ledger.get(2)).as("deleted after it was logged").containsEntry("deleted", true);
    }

    /** The records of one poll, for entries of their own: logged, adjusted, approved before logged, deleted. */
    private static List<ConsumerRecord<String, byte[]>> poll(String tenant, String projectId, Entries entries) {
        List<ProducerRecord<String, byte[]>> records = List.of(
                BillingFixtures.timeLogged(entries.adjusted, projectId, MEMBER, DAY, 60, entries.event),
                BillingFixtures.timeLogged(entries.adjusted, projectId, MEMBER, DAY, 60, entries.event),
                BillingFixtures.timeAdjusted(entries.adjusted, projectId, MEMBER, DAY, 90),
                BillingFixtures.approved(MEMBER, UUID.randomUUID().toString(), entries.adjusted, entries.late),
                BillingFixtures.timeLogged(entries.late, projectId, MEMBER, DAY, 30, UUID.randomUUID().toString()),
                BillingFixtures.timeLogged(entries.deleted, projectId, MEMBER, DAY, 45, UUID.randomUUID().toString()),
                BillingFixtures.timeDeleted(entries.deleted, projectId, MEMBER));
        List<ConsumerRecord<String, byte[]>> poll = new ArrayList<>();
        for (ProducerRecord<String, byte[]> record : records) {
            record.headers().remove(CloudEventHeaders.TENANT);
            record.headers().add(CloudEventHeaders.TENANT, tenant.getBytes(StandardCharsets.UTF_8));
            poll.add(new ConsumerRecord<>(record.topic(), 0, poll.size(), System.currentTimeMillis(),
                    TimestampType.CREATE_TIME, -1, -1, record.key(), record.value(), record.headers(),
                    Optional.empty()));
        }
        return poll;
    }

    /** The ledger's rows of the entries, in the order adjusted, late, deleted, without their ids. */
    private List<Map<String, Object>> ledger(String tenant, Entries entries) {
        Function<String, Map<String, Object>> row = entryId -> jdbc.queryForMap("""
                SELECT known, billable, approved, deleted, rounded_minutes, hourly_rate, rate_version, amount,
                    currency, revision FROM priced_entry WHERE tenant = ? AND entry_id = ?""", tenant, entryId);
        return List.of(row.apply(entries.adjusted), row.apply(entries.late), row.apply(entries.deleted));
    }

    private static final class Entries {
        final String adjusted = UUID.randomUUID().toString();
        final String late = UUID.randomUUID().toString();
        final String deleted = UUID.randomUUID().toString();
        final String event = UUID.randomUUID().toString();
    }
}
