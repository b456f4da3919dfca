package io.ledgerline.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.platform.context.CallerContexts;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A service's reaction to a consumed event, sent from the inbox's end-of-transaction work after the record's own
 * scope closed, stores events with the event's tenant and request, the service as actor and the event as cause.
 */
@LedgerlineIntegrationTest
class ReactionMetadataIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReactionSentAtTheEndOfTheInboxTransactionCarriesTheTriggeringEventsMetadata() throws Exception {
        List<String> noteIds = List.of(PlatformTestSupport.newId(), PlatformTestSupport.newId(),
                PlatformTestSupport.newId());
        try (CallerContexts.Scope ignored = CallerContexts.open(
                new CallerContext("acme", "alice", "request-reaction", null))) {
            noteIds.forEach(noteId -> commands.sendAndWait(new WriteNoteCommand(noteId, "react to " + noteId)));
        }

        for (String noteId : noteIds) {
            await().atMost(WAIT).until(() -> stored(noteId).size() == 2);
            List<Map<String, Object>> events = stored(noteId);
            JsonNode answer = new ObjectMapper().readTree((String) events.get(1).get("meta_data"));
            assertThat(events.get(1).get("payload_type")).asString().endsWith("NoteAmendedEvent");
            assertThat(answer.path("tenant").asText()).isEqualTo("acme");
            assertThat(answer.path("actor").asText()).isEqualTo("system:platform-test");
            assertThat(answer.path("correlationId").asText()).isEqualTo("request-reaction");
            assertThat(answer.path("causationId").asText()).as("the NoteWritten event it answers")
                    .isEqualTo(events.get(0).get("event_identifier"));
        }
    }

    private List<Map<String, Object>> stored(String noteId) {
        return jdbc.queryForList("""
                SELECT event_identifier, payload_type, convert_from(meta_data, 'UTF8') AS meta_data
                FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""", noteId);
    }
}
