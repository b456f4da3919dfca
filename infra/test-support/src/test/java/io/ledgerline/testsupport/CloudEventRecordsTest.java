package io.ledgerline.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.contract.EventCatalog;
import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

class CloudEventRecordsTest {

    private static final EventCatalog CATALOG = new EventCatalog("ledgerline.sample.v1", "/ledgerline/sample",
            List.of(SampleBooked.class));

    @EventType("ledgerline.sample.SampleBooked.v1")
    record SampleBooked(String sampleId, BigDecimal amount, LocalDate on, Instant at, String note)
            implements IntegrationEvent {
    }

    @Test
    void writesTheEventAsTheWireFormatHasIt() {
        ProducerRecord<String, byte[]> record = CloudEventRecords.of(CATALOG, new SampleBooked("s-1",
                new BigDecimal("12.50"), LocalDate.of(2026, 11, 26), Instant.parse("2026-11-26T09:00:00Z"), null),
                "s-1").build();

        assertThat(record.topic()).isEqualTo("ledgerline.sample.v1");
        assertThat(record.key()).isEqualTo("s-1");
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"sampleId\":\"s-1\",\"amount\":\"12.50\",\"on\":\"2026-11-26\",\"at\":\"2026-11-26T09:00:00Z\"}");
    }

    @Test
    void carriesTheCloudEventsHeadersAndLeavesOutWhatIsNotSet() {
        ProducerRecord<String, byte[]> record = CloudEventRecords.raw(CATALOG, "ledgerline.sample.Other.v1",
                "{poison", "key-1").id("e-1").tenant("acme").build();

        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_id")).isEqualTo("e-1");
        assertThat(header(record, "ce_type")).isEqualTo("ledgerline.sample.Other.v1");
        assertThat(header(record, "ce_source")).isEqualTo("/ledgerline/sample");
        assertThat(header(record, "ce_time")).isEqualTo(CloudEventRecords.TIME);
        assertThat(header(record, "ce_subject")).isEqualTo("key-1");
        assertThat(header(record, "ce_tenant")).isEqualTo("acme");
        assertThat(header(record, "ce_correlationid")).isEqualTo("req-e-1");
        assertThat(record.headers().lastHeader("ce_actor")).isNull();
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("{poison");
    }

    @Test
    void takesEveryHeaderItIsGiven() {
        ProducerRecord<String, byte[]> record = CloudEventRecords.raw(CATALOG, "t", "{}", "k").actor("alice")
                .time("2026-01-01T00:00:00Z").correlationId("corr-1").header("content-type", "application/json")
                .build();

        assertThat(header(record, "ce_actor")).isEqualTo("alice");
        assertThat(header(record, "ce_time")).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(header(record, "ce_correlationid")).isEqualTo("corr-1");
        assertThat(header(record, "content-type")).isEqualTo("application/json");
    }

    private static String header(ProducerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
