package io.ledgerline.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilterReply;
import org.junit.jupiter.api.Test;

class PrometheusConventionsTest {

    private final PrometheusConventions conventions = new PrometheusConventions();

    @Test
    void renamesAxonTimersAndCountersWithAnOutcomeAndSnakeCaseTags() {
        Meter.Id timer = conventions.map(id("eventProcessor.successTimer", Meter.Type.TIMER,
                "processorName", "integration-publisher", "payloadType", "NoteWrittenEvent"));
        Meter.Id counter = conventions.map(id("commandBus.ingestedCounter", Meter.Type.COUNTER,
                "payloadType", "WriteNoteCommand"));

        assertThat(timer.getName()).isEqualTo("axon.event_processor.handling");
        assertThat(timer.getTag("processor")).isEqualTo("integration-publisher");
        assertThat(timer.getTag("payload_type")).isEqualTo("NoteWrittenEvent");
        assertThat(timer.getTag("outcome")).isEqualTo("success");
        assertThat(counter.getName()).isEqualTo("axon.command_bus.messages");
        assertThat(counter.getTag("outcome")).isEqualTo("ingested");
    }

    @Test
    void keepsAxonGaugesUnderTheirMonitorName() {
        assertThat(conventions.map(id("eventProcessor.capacity", Meter.Type.GAUGE, "processorName", "p")).getName())
                .isEqualTo("axon.event_processor.capacity");
        assertThat(conventions.map(id("eventProcessor.latency", Meter.Type.GAUGE, "processorName", "p")).getName())
                .isEqualTo("axon.event_processor.latency");
    }

    @Test
    void snakeCasesCamelCaseDropsCountSuffixesOfGaugesAndDescribesEveryMeter() {
        Meter.Id security = conventions.map(id("spring.security.filterchains.AuthenticationFilter.before",
                Meter.Type.COUNTER));
        Meter.Id cpus = conventions.map(id("system.cpu.count", Meter.Type.GAUGE));

        assertThat(security.getName()).isEqualTo("spring.security.filterchains.authentication_filter.before");
        assertThat(cpus.getName()).isEqualTo("system.cpus");
        assertThat(cpus.getDescription()).isNotBlank();
        assertThat(conventions.map(id("http.server.requests", Meter.Type.TIMER)).getName())
                .isEqualTo("http.server.requests");
    }

    @Test
    void leavesOutMetersInAbbreviatedUnits() {
        assertThat(conventions.accept(id("kafka.consumer.io.time.ns.avg", Meter.Type.GAUGE)))
                .isEqualTo(MeterFilterReply.DENY);
        assertThat(conventions.accept(new Meter.Id("jvm.compilation.time", Tags.empty(), "ms", null,
                Meter.Type.COUNTER))).isEqualTo(MeterFilterReply.DENY);
        assertThat(conventions.accept(id("ledgerline.outbox.lag.seconds", Meter.Type.GAUGE)))
                .isEqualTo(MeterFilterReply.NEUTRAL);
    }

    private static Meter.Id id(String name, Meter.Type type, String... tags) {
        return new Meter.Id(name, Tags.of(tags), null, null, type);
    }
}
