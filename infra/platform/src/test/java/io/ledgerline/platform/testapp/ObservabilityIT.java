package io.ledgerline.platform.testapp;

import static io.ledgerline.platform.testapp.PlatformTestSupport.newId;
import static io.ledgerline.platform.testapp.PlatformTestSupport.noteRecord;
import static io.ledgerline.platform.testapp.PlatformTestSupport.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.platform.context.CallerContexts;
import io.ledgerline.platform.outbox.IntegrationEventPublisher;
import io.ledgerline.testsupport.KafkaRecords;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.Promtool;
import io.ledgerline.testsupport.TestKafka;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What Prometheus scrapes and what the readiness probe checks, on the test application. */
@AutoConfigureObservability
@LedgerlineIntegrationTest
// its own context (observability on) is closed afterwards, so its event processors do not compete for the
// tokens and dead letters of the tests that follow
@DirtiesContext
class ObservabilityIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    CommandGateway commands;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    MeterRegistry meters;

    @Test
    void theScrapedMetricsFollowPrometheusConventions() throws Exception {
        write(newId(), "measured");
        send(noteRecord(newId(), newId(), "{poison"));
        await().atMost(WAIT).until(() -> meters.find("ledgerline.inbox.dead.letters").counter() != null);
        OpsClient.asOperator(port).get("/api/v1/ops/processors");

        String scraped = await().atMost(WAIT).until(this::scrape, metrics -> metrics.contains(
                "kafka_consumer_fetch_manager_records_lag") && metrics.contains("axon_event_processor_capacity")
                && metrics.contains("ledgerline_inbox_events_total{"));
        Files.writeString(Path.of("target", "prometheus-scrape.txt"), scraped); // to look at after a failure

        assertThat(scraped).contains(
                "axon_command_bus_handling_seconds_count{",
                "axon_command_bus_messages_total{",
                "axon_event_processor_handling_seconds_count{",
                "axon_event_processor_latency{",
                "processor=\"integration-publisher\"",
                "ledgerline_outbox_lag_events{",
                "ledgerline_outbox_lag_seconds{",
                "ledgerline_inbox_events_total{",
                "ledgerline_inbox_dead_letters_total{",
                "ledgerline_processing_group_dead_letters{",
                "processing_group=\"note-texts\"",
                "consumer=\"platform-test.note-log\"",
                "kafka_producer_record_send_total{",
                "http_server_requests_seconds_bucket{",
                "hikaricp_connections_active{",
                "jvm_memory_used_bytes{");
        assertThat(scraped.lines().filter(line -> line.startsWith("kafka_consumer_fetch_manager_records_lag_max{"))
                .anyMatch(line -> line.contains("platform-test.note-log"))).as("the inbox's consumer reports its lag").isTrue();
        Promtool.assertMetricsPass(scraped);
        assertThat(OpsClient.anonymous(managementPort).get("/actuator/prometheus", "Accept",
                "application/openmetrics-text;version=1.0.0").body())
                .as("no exemplars, which Prometheus before 2.43 refuses on a timer's _count")
                .contains("# EOF").doesNotContain("trace_id");
    }

    @Test
    void theOutboxLagCountsStoredEventsNotYetPublishedAndTheirAge() {
        EventProcessor publisher = processing.eventProcessor(IntegrationEventPublisher.PROCESSING_GROUP).orElseThrow();
        publisher.shutDown();
        try {
            write(newId(), "waiting one");
            write(newId(), "waiting two");
            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(gauge("ledgerline.outbox.lag.events")).isGreaterThanOrEqualTo(2);
                assertThat(gauge("ledgerline.outbox.lag.seconds")).isGreaterThan(0.5);
            });
        } finally {
            publisher.start();
        }
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(gauge("ledgerline.outbox.lag.events")).isZero();
            assertThat(gauge("ledgerline.outbox.lag.seconds")).isZero();
        });
    }

    @Test
    void publishedRecordsCarryAW3cTraceContext() {
        String noteId = newId();
        write(noteId, "traced");

        ConsumerRecord<String, byte[]> record = KafkaRecords.awaitRecords(TestKafka.instance().bootstrapServers(),
                NoteEvents.CATALOG.topic(), published -> noteId.equals(published.key()), 1, WAIT).get(0);

        assertThat(KafkaRecords.header(record, "traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }

    @Test
    void theTraceOfARequestReachesTheRecordsItsEventsCause() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        HttpResponse<String> created = OpsClient.asMember(port).post("/api/v1/notes", "{\"text\":\"traced request\"}",
                "traceparent", "00-" + traceId + "-00f067aa0ba902b7-01");
        String location = created.headers().firstValue("Location").orElseThrow();
        String noteId = location.substring(location.lastIndexOf('/') + 1);

        ConsumerRecord<String, byte[]> record = KafkaRecords.awaitRecords(TestKafka.instance().bootstrapServers(),
                NoteEvents.CATALOG.topic(), published -> noteId.equals(published.key()), 1, WAIT).get(0);

        assertThat(KafkaRecords.header(record, "traceparent")).startsWith("00-" + traceId + "-");
    }

    @Test
    void readinessShowsAnOperatorTheDatabaseAndKafka() {
        JsonNode readiness = OpsClient.asAdmin(managementPort).json("/actuator/health/readiness");

        assertThat(readiness.get("status").asText()).isEqualTo("UP");
        assertThat(readiness.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(readiness.at("/components/kafka/status").asText()).isEqualTo("UP");
        assertThat(readiness.at("/components/kafka/details/nodes").asInt()).isPositive();
        assertThat(readiness.at("/components/readinessState/status").asText()).isEqualTo("UP");
    }

    private String scrape() {
        return OpsClient.anonymous(managementPort).get("/actuator/prometheus").body();
    }

    private double gauge(String name) {
        return meters.get(name).gauge().value();
    }

    private void write(String noteId, String text) {
        try (CallerContexts.Scope ignored = CallerContexts.open(new CallerContext("acme", "otto", "req-" + noteId,
                null))) {
            commands.sendAndWait(new WriteNoteCommand(noteId, text));
        }
    }
}
