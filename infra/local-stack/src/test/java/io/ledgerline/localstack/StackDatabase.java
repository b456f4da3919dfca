package io.ledgerline.localstack;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the services' schemas of a running stack with plain JDBC, as an auditor would. */
final class StackDatabase {

    private final LocalStack stack;

    StackDatabase(LocalStack stack) {
        this.stack = stack;
    }

    /** Stored events whose payload type ends in {@code .<eventClass>}, counted by the correlation id they carry. */
    Map<String, Long> eventsByCorrelation(String schema, String eventClass) {
        Map<String, Long> counts = new HashMap<>();
        query("""
                SELECT convert_from(meta_data, 'UTF8')::jsonb ->> 'correlationId', count(*)
                FROM %s.domain_event_entry WHERE payload_type LIKE ? GROUP BY 1""".formatted(schema),
                "%." + eventClass, row -> counts.put(row.getString(1), row.getLong(2)));
        return counts;
    }

    /** The stored events of a schema that lack a tenant or an actor, each as its payload type and event id. */
    List<String> eventsWithoutCaller(String schema) {
        List<String> incomplete = new ArrayList<>();
        query("""
                SELECT payload_type, event_identifier FROM %s.domain_event_entry
                WHERE coalesce(convert_from(meta_data, 'UTF8')::jsonb ->> 'tenant', '') = ''
                   OR coalesce(convert_from(meta_data, 'UTF8')::jsonb ->> 'actor', '') = ''""".formatted(schema),
                null, row -> incomplete.add(row.getString(1) + " " + row.getString(2)));
        return incomplete;
    }

    /** The owners of a processor's segments in a schema's token_entry, each with its segments; unowned left out. */
    Map<String, List<Integer>> segmentOwners(String schema, String processor) {
        Map<String, List<Integer>> owners = new TreeMap<>();
        query("SELECT owner, segment FROM %s.token_entry WHERE processor_name = ? AND owner IS NOT NULL ORDER BY 2"
                .formatted(schema), processor,
                row -> owners.computeIfAbsent(row.getString(1), owner -> new ArrayList<>()).add(row.getInt(2)));
        return owners;
    }

    long count(String sql, Object... parameters) {
        return number(sql, parameters).longValue();
    }

    BigDecimal number(String sql, Object... parameters) {
        BigDecimal[] result = {BigDecimal.ZERO};
        query(sql, parameters.length == 0 ? null : parameters[0], row -> {
            BigDecimal value = row.getBigDecimal(1);
            result[0] = value == null ? BigDecimal.ZERO : value;
        });
        return result[0];
    }

    private interface Row {
        void read(ResultSet row) throws SQLException;
    }

    private void query(String sql, Object parameter, Row reader) {
        try (Connection connection = DriverManager.getConnection(stack.postgresJdbcUrl(), "postgres", "postgres");
             PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setObject(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
