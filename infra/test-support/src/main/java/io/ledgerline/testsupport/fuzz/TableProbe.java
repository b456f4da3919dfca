package io.ledgerline.testsupport.fuzz;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The state of a service that keeps plain tables: each query yields one value (a count, a hash of the rows) that
 * only the API changes; a request changed the state when one of them differs afterwards. Queries must leave out
 * what background work changes, or the probe blames the request for it.
 */
public final class TableProbe implements StateProbe {

    private final DataSource dataSource;
    private final List<String> queries;

    public TableProbe(DataSource dataSource, String... queries) {
        this.dataSource = dataSource;
        this.queries = List.of(queries);
    }

    @Override
    public Object mark() {
        Map<String, String> values = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String query : queries) {
                try (ResultSet rows = statement.executeQuery(query)) {
                    rows.next();
                    values.put(query, rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return values;
    }

    @Override
    public List<String> changesSince(Object mark, String requestId) {
        Map<?, ?> before = (Map<?, ?>) mark;
        Map<?, ?> after = (Map<?, ?>) mark();
        List<String> changes = new ArrayList<>();
        before.forEach((query, value) -> {
            if (!String.valueOf(value).equals(String.valueOf(after.get(query)))) {
                changes.add(query + ": " + value + " -> " + after.get(query));
            }
        });
        return changes;
    }
}
