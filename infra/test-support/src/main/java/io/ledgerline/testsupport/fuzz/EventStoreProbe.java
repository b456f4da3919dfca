package io.ledgerline.testsupport.fuzz;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The state of an event-sourced service is its event store: a request changed it when a row of
 * {@code domain_event_entry} after the mark carries the request's id as {@code correlationId} (the platform puts it
 * on every event a request causes, reactions included). Rows other work appended meanwhile are not the request's.
 */
public final class EventStoreProbe implements StateProbe {

    private final DataSource dataSource;

    public EventStoreProbe(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Object mark() {
        return maxGlobalIndex();
    }

    /** The highest global index in the store, or 0 when it is empty. */
    public long maxGlobalIndex() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT coalesce(max(global_index), 0) FROM domain_event_entry");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<String> changesSince(Object mark, String requestId) {
        List<String> changes = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     SELECT global_index, payload_type, aggregate_identifier FROM domain_event_entry
                     WHERE global_index > ? AND position(? in convert_from(meta_data, 'UTF8')) > 0
                     ORDER BY global_index""")) {
            statement.setLong(1, (Long) mark);
            statement.setString(2, "\"correlationId\":\"" + requestId + "\"");
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    changes.add("event " + rows.getLong(1) + " " + rows.getString(2) + " on " + rows.getString(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return changes;
    }
}
