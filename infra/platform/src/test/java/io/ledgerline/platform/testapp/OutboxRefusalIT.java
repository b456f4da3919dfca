package io.ledgerline.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.platform.context.CallerContexts;
import io.ledgerline.platform.outbox.IntegrationEventPublisher;
import io.ledgerline.testsupport.KafkaRecords;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import io.ledgerline.testsupport.TestKafka;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A stored event without a tenant is refused by the publisher, loudly (an error log naming it, a counter), instead of
 * going out to poison every consumer; the publisher goes on with the events after it.
 */
@ExtendWith(OutputCaptureExtension.class)
@LedgerlineIntegrationTest
class OutboxRefusalIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TYPE = "ledgerline.platformtest.NoteWritten.v1";

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;

    @Test
    void refusesAnEventWithoutATenantAndPublishesTheNextOne(CapturedOutput output) {
        double refusedBefore = refused();
        String orphan = PlatformTestSupport.newId();
        String next = PlatformTestSupport.newId();

        commands.sendAndWait(new WriteNoteCommand(orphan, "written outside any caller"));
        try (CallerContexts.Scope ignored = CallerContexts.open(new CallerContext("acme", "alice", "req-next", null))) {
            commands.sendAndWait(new WriteNoteCommand(next, "written for acme"));
        }

        String eventId = jdbc.queryForObject(
                "SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = ?", String.class, orphan);
        await().atMost(WAIT).untilAsserted(() -> assertThat(refused()).isEqualTo(refusedBefore + 1));
        assertThat(output.getAll()).contains("Refused to publish " + TYPE + " (event " + eventId, orphan);
        KafkaRecords.awaitRecords(TestKafka.instance().bootstrapServers(), NoteEvents.CATALOG.topic(),
                record -> next.equals(record.key()), 1, WAIT);
        assertThatThrownBy(() -> KafkaRecords.awaitRecords(TestKafka.instance().bootstrapServers(),
                NoteEvents.CATALOG.topic(), record -> orphan.equals(record.key()), 1, Duration.ofSeconds(3)))
                .as("no consumer was handed it").isInstanceOf(AssertionError.class).hasMessageContaining("found 0");
    }

    private double refused() {
        Counter counter = meters.find(IntegrationEventPublisher.REFUSED_METER).tag("type", TYPE).counter();
        return counter == null ? 0 : counter.count();
    }
}
