package io.ledgerline.platform.ops;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads event processors' positions from {@code token_entry} without claiming anything, and the head of the event
 * store, so lag can be told on any node, whether or not it owns the segments.
 */
public class ProcessorTokens {

    private static final String TOKENS = """
            SELECT segment, owner, token, token_type FROM token_entry WHERE processor_name = ? ORDER BY segment""";

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    public ProcessorTokens(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** One segment's stored token: its owner (null when unclaimed) and position (empty before the first event). */
    public record SegmentToken(int segment, String owner, OptionalLong position) {
    }

    public List<SegmentToken> of(String processorName) {
        return jdbc.query(TOKENS, (row, n) -> new SegmentToken(row.getInt("segment"), row.getString("owner"),
                position(row.getBytes("token"), row.getString("token_type"))), processorName);
    }

    /** The lowest position over the processor's segments; -1 when it has none or has not handled an event yet. */
    public long lowestPosition(String processorName) {
        return of(processorName).stream()
                .mapToLong(token -> token.position().orElse(-1))
                .min().orElse(-1);
    }

    /** The global index of the newest stored event; -1 for an empty event store. */
    public long head() {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        return head == null ? -1 : head;
    }

    /** When the first event after the given position was stored, if there is one. */
    public Optional<Instant> storedAfter(long position) {
        return jdbc.query("""
                SELECT time_stamp FROM domain_event_entry WHERE global_index > ? ORDER BY global_index LIMIT 1""",
                (row, n) -> Instant.parse(row.getString(1)), position).stream().findFirst();
    }

    private OptionalLong position(byte[] token, String type) {
        if (token == null || type == null) {
            return OptionalLong.empty();
        }
        TrackingToken tracking = serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
        return tracking == null ? OptionalLong.empty() : tracking.position();
    }
}
