package io.ledgerline.timetracking.integration;

import static io.ledgerline.timetracking.TimeApiClient.WAIT;
import static io.ledgerline.timetracking.TimeApiClient.bearer;
import static io.ledgerline.timetracking.TimeApiClient.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;

import io.ledgerline.contract.EventCatalog;
import io.ledgerline.platform.outbox.CloudEventHeaders;
import io.ledgerline.testsupport.JsonSchemaAssertions;
import io.ledgerline.testsupport.KafkaRecords;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.TestKafka;
import io.ledgerline.timetracking.TimeApiClient;
import io.ledgerline.timetracking.TimeApiClient.Work;
import io.ledgerline.timetracking.TimeFixtures;
import io.ledgerline.timetracking.api.TimeEvents;
import io.ledgerline.timetracking.command.api.IsoWeek;
import io.ledgerline.timetracking.command.api.TimesheetIds;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every record timetracking-service really publishes matches its type's JSON Schema; every type is published. */
@LedgerlineIntegrationTest
class TimeEventContractIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void publishesEveryTypeOfItsCatalogAsItsSchemaDescribes() {
        TimeApiClient api = new TimeApiClient(http, jdbc);
        Work work = api.work();
        String member = bearer(work.member(), "member");
        String manager = bearer(work.manager(), "manager");
        api.exchange(POST, "/api/v1/time-entries/rounding-rules/" + work.projectId(),
                "{\"unitMinutes\":15,\"direction\":\"NEAREST\",\"minimumMinutes\":15}", manager, null);
        String kept = api.log(work, 50);
        String deleted = api.log(work, 10);
        IsoWeek week = IsoWeek.of(TimeApiClient.today());
        String sheet = "/api/v1/timesheets/" + work.member() + "/" + week;
        String timer = api.read(api.exchange(POST, "/api/v1/timers/start",
                "{\"taskId\":\"" + work.taskId() + "\"}", member, null)).get("entryId").asText();
        String invoiceId = UUID.randomUUID().toString();
        List<ResponseEntity<String>> responses = List.of(
                api.exchange(PATCH, "/api/v1/time-entries/" + kept, "{\"description\":\"Published\"}", member, null),
                api.exchange(DELETE, "/api/v1/time-entries/" + deleted, null, member, null),
                api.exchange(POST, "/api/v1/timers/stop", null, member, null),
                api.exchange(POST, sheet + "/submit", null, member, null),
                api.exchange(POST, sheet + "/reject", "{\"reason\":\"Describe the timer\"}", manager, null),
                api.exchange(PATCH, "/api/v1/time-entries/" + timer, "{\"description\":\"Pairing\"}", member, null),
                api.exchange(POST, sheet + "/submit", null, member, null),
                api.exchange(POST, sheet + "/approve", null, manager, null));
        responses.forEach(response -> assertThat(response.getStatusCode().is2xxSuccessful())
                .as(response.getBody()).isTrue());
        send(TimeFixtures.invoiceIssued(invoiceId, List.of(kept, timer)));
        await().atMost(WAIT).until(() -> invoiceId.equals(jdbc.queryForObject(
                "SELECT invoice_id FROM time_entry WHERE entry_id = ?", String.class, kept)));
        send(TimeFixtures.invoiceVoided(invoiceId, List.of(kept, timer)));
        Set<String> keys = Set.of(kept, deleted, timer, invoiceId,
                TimesheetIds.of(TimeFixtures.TENANT, work.member(), week));

        // kept: logged, adjusted; deleted: logged, deleted; timer: started, stopped, logged, adjusted;
        // the week: submitted, rejected, submitted, approved; the invoice: invoiced, released
        List<ConsumerRecord<String, byte[]>> records = KafkaRecords.awaitEvents(
                TestKafka.instance().bootstrapServers(), TimeEvents.CATALOG.topic(), r -> keys.contains(r.key()), 14,
                WAIT);

        records.forEach(record -> JsonSchemaAssertions.assertMatchesSchema(
                EventCatalog.schemaResource(KafkaRecords.header(record, CloudEventHeaders.TYPE)),
                new String(record.value(), StandardCharsets.UTF_8)));
        assertThat(records.stream().map(record -> KafkaRecords.header(record, CloudEventHeaders.TYPE)).toList())
                .containsAll(TimeEvents.CATALOG.byType().keySet());
        assertThat(records).allSatisfy(record -> assertThat(KafkaRecords.header(record, CloudEventHeaders.TENANT))
                .isEqualTo(TimeFixtures.TENANT));
    }
}
