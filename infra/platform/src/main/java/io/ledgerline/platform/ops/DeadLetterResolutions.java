package io.ledgerline.platform.ops;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dead letters already retried or evicted, in {@code dead_letter_resolution}. */
class DeadLetterResolutions {

    private final JdbcTemplate jdbc;

    DeadLetterResolutions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the resolution; false when the dead letter had already been resolved. */
    boolean resolve(String topic, int partition, long offset, String action, String actor) {
        return jdbc.update("""
                INSERT INTO dead_letter_resolution (topic, partition_no, record_offset, action, resolved_by)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", topic, partition, offset, action, actor) == 1;
    }

    /** {@code topic/partition/offset} of every resolved dead letter on the given topics. */
    Set<String> resolved(Collection<String> topics) {
        Set<String> keys = new HashSet<>();
        for (String topic : topics) {
            jdbc.query("SELECT partition_no, record_offset FROM dead_letter_resolution WHERE topic = ?",
                    row -> {
                        keys.add(key(topic, row.getInt(1), row.getLong(2)));
                    }, topic);
        }
        return keys;
    }

    static String key(String topic, int partition, long offset) {
        return topic + "/" + partition + "/" + offset;
    }
}
