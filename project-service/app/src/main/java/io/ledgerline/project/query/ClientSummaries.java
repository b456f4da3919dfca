package io.ledgerline.project.query;

import io.ledgerline.project.api.BillingAddress;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads {@code client_summary}; every read is scoped to one tenant. */
@Repository
public class ClientSummaries {

    private final JdbcTemplate jdbc;

    ClientSummaries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The tenant's client with the given id, if the tenant has one. */
    public Optional<ClientSummary> find(String tenant, String clientId) {
        return jdbc.query("SELECT * FROM client_summary WHERE tenant = ? AND client_id = ?",
                ClientSummaries::map, tenant, clientId).stream().findFirst();
    }

    /** One page of the tenant's clients by name, only those with the given status when it is not null. */
    public ResultPage<ClientSummary> list(String tenant, String status, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE tenant = ?");
        List<Object> args = new ArrayList<>(List.of(tenant));
        if (status != null) {
            where.append(" AND status = ?");
            args.add(status);
        }
        long total = jdbc.queryForObject("SELECT count(*) FROM client_summary" + where, Long.class, args.toArray());
        args.add(size);
        args.add((long) page * size);
        List<ClientSummary> items = jdbc.query("SELECT * FROM client_summary" + where
                + " ORDER BY lower(name), client_id LIMIT ? OFFSET ?", ClientSummaries::map, args.toArray());
        return new ResultPage<>(items, page, size, total);
    }

    private static ClientSummary map(ResultSet row, int index) throws SQLException {
        return new ClientSummary(row.getString("client_id"), row.getString("name"), row.getString("currency"),
                row.getInt("payment_terms_days"), Amounts.plain(row.getBigDecimal("default_tax_rate")),
                new BillingAddress(row.getString("address_line1"), row.getString("address_line2"),
                        row.getString("postal_code"), row.getString("city"), row.getString("country")),
                row.getString("status"), row.getLong("version"), row.getTimestamp("registered_at").toInstant(),
                row.getString("vat_id"), row.getString("buyer_reference"), row.getString("invoice_email"));
    }
}
