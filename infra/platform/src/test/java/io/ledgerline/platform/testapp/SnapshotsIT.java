package io.ledgerline.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.platform.context.CallerContexts;
import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** {@code ledgerline.snapshots.threshold}: a long stream gets a snapshot, and the aggregate loads from it. */
@LedgerlineIntegrationTest
@TestPropertySource(properties = "ledgerline.snapshots.threshold=5")
class SnapshotsIT {

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Repository<Note> notes;

    @Test
    void snapshotsAnAggregateAfterTheThresholdAndLoadsItFromTheSnapshot() {
        String noteId = PlatformTestSupport.newId();
        try (CallerContexts.Scope ignored = CallerContexts.open(new CallerContext("acme", "alice", "snap", null))) {
            commands.sendAndWait(new WriteNoteCommand(noteId, "text 0"));
            IntStream.rangeClosed(1, 7).forEach(n -> commands.sendAndWait(new AmendNoteCommand(noteId, "text " + n,
                    null)));
        }

        List<Long> snapshots = jdbc.queryForList("SELECT sequence_number FROM snapshot_event_entry "
                + "WHERE aggregate_identifier = ? ORDER BY sequence_number", Long.class, noteId);
        assertThat(snapshots).isNotEmpty();
        long snapshotAt = snapshots.get(snapshots.size() - 1);
        String payload = new String(jdbc.queryForObject("SELECT payload FROM snapshot_event_entry "
                + "WHERE aggregate_identifier = ? AND sequence_number = ?", byte[].class, noteId, snapshotAt),
                StandardCharsets.UTF_8);
        assertThat(payload).contains("\"text\":\"text " + snapshotAt + "\"");

        // without the events the snapshot covers, only the snapshot can give the aggregate its earlier state
        jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number <= ?",
                noteId, snapshotAt);
        Note loaded = load(noteId);

        assertThat(loaded.text()).isEqualTo("text 7");
        assertThat(loaded.earlierTexts()).containsExactly("text 0", "text 1", "text 2", "text 3", "text 4", "text 5",
                "text 6");
    }

    private Note load(String noteId) {
        return DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> notes.load(noteId)
                .invoke(note -> note)).getPayload();
    }
}
