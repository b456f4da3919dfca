package io.ledgerline.billing.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.billing.command.CreditableInvoice;
import io.ledgerline.billing.command.InvoiceBook;
import io.ledgerline.billing.command.api.InvoiceStatus;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code invoice_summary}; every read is scoped to one tenant. */
@Repository
public class Invoices implements InvoiceBook {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    Invoices(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The tenant's invoice, if the tenant has one with this id. */
    public Optional<InvoiceView> find(String tenant, String invoiceId) {
        return jdbc.queryForList("SELECT view FROM invoice_summary WHERE tenant = ? AND invoice_id = ?", String.class,
                tenant, invoiceId).stream().findFirst().map(this::read);
    }

    /** One page of the tenant's invoices, optionally of one client and status, newest first. */
    public InvoicePage list(String tenant, String clientId, InvoiceStatus status, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE tenant = ?");
        List<Object> arguments = new ArrayList<>(List.of(tenant));
        if (clientId != null) {
            where.append(" AND client_id = ?");
            arguments.add(clientId);
        }
        if (status != null) {
            where.append(" AND status = ?");
            arguments.add(status.name());
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM invoice_summary" + where, Long.class,
                arguments.toArray());
        arguments.add(size);
        arguments.add((long) page * size);
        List<InvoiceView> items = jdbc.queryForList("SELECT view FROM invoice_summary" + where
                + " ORDER BY created_at DESC, invoice_id LIMIT ? OFFSET ?", String.class, arguments.toArray())
                .stream().map(this::read).toList();
        return new InvoicePage(items, page, size, total == null ? 0 : total);
    }

    @Override
    public Optional<CreditableInvoice> lockForCredit(String tenant, String invoiceId) {
        return jdbc.query("""
                SELECT invoice_id, status, currency, gross_total, credited_total FROM invoice_summary
                WHERE tenant = ? AND invoice_id = ? FOR UPDATE""",
                (row, index) -> new CreditableInvoice(row.getString("invoice_id"),
                        InvoiceStatus.valueOf(row.getString("status")), row.getString("currency"),
                        row.getBigDecimal("gross_total"), row.getBigDecimal("credited_total")),
                tenant, invoiceId).stream().findFirst();
    }

    /** The view the read model holds, whatever the tenant: for the projection that moves it on. */
    Optional<InvoiceView> stored(String invoiceId) {
        return jdbc.queryForList("SELECT view FROM invoice_summary WHERE invoice_id = ?", String.class, invoiceId)
                .stream().findFirst().map(this::read);
    }

    void save(String tenant, InvoiceView view) {
        jdbc.update("""
                INSERT INTO invoice_summary (invoice_id, tenant, client_id, status, number, currency, gross_total,
                    credited_total, version, created_at, view) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (invoice_id) DO UPDATE SET status = EXCLUDED.status, number = EXCLUDED.number,
                    gross_total = EXCLUDED.gross_total, credited_total = EXCLUDED.credited_total,
                    version = EXCLUDED.version, view = EXCLUDED.view""",
                view.invoiceId(), tenant, view.clientId(), view.status().name(), view.number(), view.currency(),
                view.grossTotal(), view.creditedTotal(), view.version(), Timestamp.from(view.createdAt()),
                write(view));
    }

    private InvoiceView read(String text) {
        try {
            return json.readValue(text, InvoiceView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("invoice_summary holds a view that does not parse", e);
        }
    }

    private String write(InvoiceView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an invoice view does not serialize", e);
        }
    }
}
