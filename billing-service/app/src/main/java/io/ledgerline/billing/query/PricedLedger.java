package io.ledgerline.billing.query;

import io.ledgerline.billing.command.BillableEntry;
import io.ledgerline.billing.command.api.BuyerDetails;
import io.ledgerline.billing.command.BillableWork;
import io.ledgerline.billing.command.ClientTerms;
import io.ledgerline.billing.command.FixedFee;
import io.ledgerline.billing.command.Money;
import io.ledgerline.platform.inbox.InboxTransaction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code priced_entry}: every time entry priced at the rate in force on its date (a member's rate over the project's
 * default). Kept by the inbox from time and project events, whatever order they come in; read by invoices as
 * {@link BillableWork}. An entry's revision moves whenever what an invoice would bill for it changes.
 */
@Repository
public class PricedLedger implements BillableWork {

    // spaced on both sides: text blocks drop the trailing space of the query they are joined to
    private static final String UNCLAIMED = " NOT EXISTS (SELECT 1 FROM billing_claim c"
            + " WHERE c.tenant = e.tenant AND c.claim_key = e.entry_id) ";
    private static final String BILLABLE = " e.known AND e.billable AND e.approved AND NOT e.deleted ";
    /** The key under which an inbox transaction collects logged entries. */
    private static final String PENDING = "priced ledger";

    private final JdbcTemplate jdbc;

    PricedLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records an entry as logged or adjusted, and prices it. Within an inbox transaction the entries of the whole poll
     * are written and priced together at its end, as a few JDBC batches instead of three round trips per entry; every
     * other method of the ledger writes them first, so it reads and changes the ledger as if each had gone at once.
     */
    public void logged(String tenant, LoggedTime time) {
        InboxTransaction.collect(PENDING, new Logged(tenant, time), this::write);
    }

    private void write(List<Logged> batch) {
        jdbc.batchUpdate("""
                INSERT INTO priced_entry (entry_id, tenant, known, project_id, task_id, user_id, work_date,
                    raw_minutes, rounded_minutes, rounding, description, billable, revision)
                VALUES (?, ?, true, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                ON CONFLICT (entry_id) DO UPDATE SET known = true, project_id = EXCLUDED.project_id,
                    task_id = EXCLUDED.task_id, user_id = EXCLUDED.user_id, work_date = EXCLUDED.work_date,
                    raw_minutes = EXCLUDED.raw_minutes, rounded_minutes = EXCLUDED.rounded_minutes,
                    rounding = EXCLUDED.rounding, description = EXCLUDED.description, billable = EXCLUDED.billable,
                    revision = priced_entry.revision + 1
                WHERE priced_entry.tenant = EXCLUDED.tenant""", batch, batch.size(), (statement, logged) -> {
            LoggedTime time = logged.time();
            statement.setString(1, time.entryId());
            statement.setString(2, logged.tenant());
            statement.setString(3, time.projectId());
            statement.setString(4, time.taskId());
            statement.setString(5, time.userId());
            statement.setDate(6, Date.valueOf(time.date()));
            statement.setInt(7, time.rawMinutes());
            statement.setInt(8, time.roundedMinutes());
            statement.setString(9, time.rounding());
            statement.setString(10, time.description());
            statement.setBoolean(11, time.billable());
        });
        price(batch.stream().map(logged -> new EntryKey(logged.tenant(), logged.time().entryId())).toList());
    }

    /** Drops a deleted entry from the work in progress. */
    public void deleted(String tenant, String entryId) {
        InboxTransaction.flush(PENDING);
        jdbc.update("""
                INSERT INTO priced_entry (entry_id, tenant, deleted) VALUES (?, ?, true)
                ON CONFLICT (entry_id) DO UPDATE SET deleted = true, revision = priced_entry.revision + 1
                WHERE priced_entry.tenant = EXCLUDED.tenant""", entryId, tenant);
    }

    /** Marks entries approved (true) or unlocked again (false); an entry not logged yet is remembered as such. */
    public void approved(String tenant, Collection<String> entryIds, boolean approved) {
        InboxTransaction.flush(PENDING);
        for (String entryId : entryIds) {
            jdbc.update("""
                    INSERT INTO priced_entry (entry_id, tenant, approved) VALUES (?, ?, ?)
                    ON CONFLICT (entry_id) DO UPDATE SET approved = EXCLUDED.approved
                    WHERE priced_entry.tenant = EXCLUDED.tenant""", entryId, tenant, approved);
        }
    }

    /** Prices again every entry of the project that no issued invoice bills, after its rates changed. */
    public void repriceProject(String tenant, String projectId) {
        InboxTransaction.flush(PENDING);
        price(jdbc.queryForList("SELECT e.entry_id FROM priced_entry e WHERE e.tenant = ? AND e.project_id = ? AND "
                + UNCLAIMED, String.class, tenant, projectId).stream().map(entryId -> new EntryKey(tenant, entryId))
                .toList());
    }

    /** The project of an entry, if the ledger knows it. */
    public Optional<String> projectOf(String tenant, String entryId) {
        InboxTransaction.flush(PENDING);
        return jdbc.queryForList("SELECT project_id FROM priced_entry WHERE tenant = ? AND entry_id = ? AND known",
                String.class, tenant, entryId).stream().filter(Objects::nonNull).findFirst();
    }

    /** The tenant's work in progress per project, optionally of one project. */
    public List<UnbilledWork> unbilled(String tenant, String projectId) {
        InboxTransaction.flush(PENDING);
        return jdbc.query("""
                SELECT e.project_id, p.name, p.client_id, p.currency, count(*) AS entries,
                    coalesce(sum(e.rounded_minutes), 0) AS minutes, coalesce(sum(e.amount), 0) AS amount,
                    coalesce(sum(e.rounded_minutes) FILTER (WHERE e.approved), 0) AS approved_minutes,
                    coalesce(sum(e.amount) FILTER (WHERE e.approved), 0) AS approved_amount,
                    count(*) FILTER (WHERE e.amount IS NULL) AS unpriced
                FROM priced_entry e JOIN billing_project p ON p.project_id = e.project_id AND p.tenant = e.tenant
                WHERE e.tenant = ? AND (CAST(? AS VARCHAR) IS NULL OR e.project_id = ?)
                    AND e.known AND e.billable AND NOT e.deleted AND p.billing_mode = 'TIME_AND_MATERIALS' AND """
                + UNCLAIMED + " GROUP BY e.project_id, p.name, p.client_id, p.currency ORDER BY p.name, e.project_id",
                (row, index) -> new UnbilledWork(row.getString("project_id"), row.getString("name"),
                        row.getString("client_id"), row.getString("currency"), row.getLong("entries"),
                        hours(row.getLong("minutes")), Money.plain(row.getBigDecimal("amount")),
                        hours(row.getLong("approved_minutes")),
                        Money.plain(row.getBigDecimal("approved_amount")), row.getLong("unpriced")),
                tenant, projectId, projectId);
    }

    @Override
    public Optional<ClientTerms> client(String tenant, String clientId) {
        return jdbc.query("SELECT * FROM billing_client WHERE tenant = ? AND client_id = ?",
                (row, index) -> new ClientTerms(row.getString("client_id"), row.getString("name"),
                        row.getString("address"), row.getString("currency"), row.getInt("payment_terms_days"),
                        Money.plain(row.getBigDecimal("default_tax_rate")), new BuyerDetails(row.getString("name"),
                        row.getString("line1"), row.getString("line2"), row.getString("postal_code"),
                        row.getString("city"), row.getString("country"), row.getString("vat_id"),
                        row.getString("buyer_reference"), row.getString("invoice_email"))),
                tenant, clientId).stream().findFirst();
    }

    @Override
    public List<BillableEntry> unbilledEntries(String tenant, String clientId, String currency, LocalDate from,
                                               LocalDate to) {
        InboxTransaction.flush(PENDING);
        return jdbc.query("""
                SELECT e.*, p.name AS project_name, t.title AS task_title FROM priced_entry e
                JOIN billing_project p ON p.project_id = e.project_id AND p.tenant = e.tenant
                LEFT JOIN billing_task t ON t.task_id = e.task_id AND t.tenant = e.tenant
                WHERE e.tenant = ? AND p.client_id = ? AND p.billing_mode = 'TIME_AND_MATERIALS' AND p.currency = ?
                    AND e.work_date BETWEEN ? AND ? AND e.hourly_rate IS NOT NULL AND """ + BILLABLE + " AND "
                + UNCLAIMED + " ORDER BY e.work_date, e.entry_id",
                (row, index) -> new BillableEntry(row.getString("entry_id"), row.getString("project_id"),
                        row.getString("project_name"), row.getString("task_id"), row.getString("task_title"),
                        row.getString("user_id"),
                        row.getDate("work_date").toLocalDate(), row.getInt("rounded_minutes"),
                        Money.plain(row.getBigDecimal("hourly_rate")), row.getInt("rate_version"),
                        row.getString("rounding"), row.getInt("revision")),
                tenant, clientId, currency, Date.valueOf(from), Date.valueOf(to));
    }

    @Override
    public List<FixedFee> unbilledFixedFees(String tenant, String clientId, String currency) {
        return jdbc.query("""
                SELECT p.project_id, p.name, p.fixed_fee FROM billing_project p
                WHERE p.tenant = ? AND p.client_id = ? AND p.billing_mode = 'FIXED_FEE' AND p.currency = ?
                    AND p.fixed_fee IS NOT NULL AND NOT EXISTS (SELECT 1 FROM billing_claim c
                        WHERE c.tenant = p.tenant AND c.claim_key = 'fixed-fee/' || p.project_id)
                ORDER BY p.name, p.project_id""",
                (row, index) -> new FixedFee(row.getString("project_id"), row.getString("name"),
                        Money.plain(row.getBigDecimal("fixed_fee"))),
                tenant, clientId, currency);
    }

    @Override
    public Map<String, String> taskTitles(String tenant, Collection<String> taskIds) {
        Map<String, String> titles = new HashMap<>();
        if (!taskIds.isEmpty()) {
            jdbc.query("SELECT task_id, title FROM billing_task WHERE tenant = ? AND task_id = ANY (?)",
                    row -> {
                        titles.put(row.getString("task_id"), row.getString("title"));
                    }, tenant, taskIds.toArray(String[]::new));
        }
        return titles;
    }

    /** The entries behind an issued invoice's time lines as the ledger holds them, in date order. */
    public List<ReportedEntry> reported(String tenant, Collection<String> entryIds) {
        InboxTransaction.flush(PENDING);
        return jdbc.query("""
                SELECT e.entry_id, e.work_date, e.user_id, e.task_id, t.title, e.description, e.raw_minutes,
                    e.rounded_minutes, e.hourly_rate FROM priced_entry e
                LEFT JOIN billing_task t ON t.task_id = e.task_id AND t.tenant = e.tenant
                WHERE e.tenant = ? AND e.entry_id = ANY (?) ORDER BY e.work_date, e.user_id, e.entry_id""",
                (row, index) -> new ReportedEntry(row.getString("entry_id"), row.getDate("work_date").toLocalDate(),
                        row.getString("user_id"), row.getString("task_id"), row.getString("title"),
                        row.getString("description"), row.getInt("raw_minutes"), row.getInt("rounded_minutes"),
                        Money.plain(row.getBigDecimal("hourly_rate"))),
                tenant, entryIds.toArray(String[]::new));
    }

    @Override
    public Map<String, Integer> revisions(String tenant, Collection<String> entryIds) {
        InboxTransaction.flush(PENDING);
        Map<String, Integer> revisions = new HashMap<>();
        if (entryIds.isEmpty()) {
            return revisions;
        }
        jdbc.query("SELECT e.entry_id, e.revision FROM priced_entry e WHERE e.tenant = ? AND e.entry_id = ANY (?) AND "
                        + BILLABLE,
                row -> {
                    revisions.put(row.getString("entry_id"), row.getInt("revision"));
                }, tenant, entryIds.toArray(String[]::new));
        return revisions;
    }

    /** Prices the entries at the rate in force on their dates; moves an entry's revision when its price changed. */
    private void price(List<EntryKey> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<Object[]> prices = jdbc.query("""
                SELECT e.entry_id, e.work_date, e.rounded_minutes, e.hourly_rate, e.rate_version, p.currency,
                    r.hourly_rate AS rate, r.rate_version AS version
                FROM priced_entry e JOIN billing_project p ON p.project_id = e.project_id AND p.tenant = e.tenant
                LEFT JOIN LATERAL (SELECT hourly_rate, rate_version FROM project_rate
                    WHERE project_id = e.project_id AND user_id IN (e.user_id, '') AND effective_from <= e.work_date
                    ORDER BY user_id = '', effective_from DESC LIMIT 1) r ON true
                WHERE (e.tenant, e.entry_id) IN (SELECT * FROM unnest(CAST(? AS varchar[]), CAST(? AS varchar[])))
                    AND e.known""", (row, index) -> {
            BigDecimal rate = row.getBigDecimal("rate");
            Integer version = rate == null ? null : row.getInt("version");
            BigDecimal amount = rate == null ? null
                    : Money.forMinutes(rate, row.getInt("rounded_minutes"), row.getString("currency"));
            BigDecimal before = row.getBigDecimal("hourly_rate");
            Integer versionBefore = before == null ? null : row.getInt("rate_version");
            // an entry priced for the first time was on no draft yet: only a price that changes moves the revision
            boolean changed = before != null && (rate == null || before.compareTo(rate) != 0
                    || !Objects.equals(versionBefore, version));
            return new Object[] {rate, version, amount, row.getString("currency"), changed ? 1 : 0,
                    row.getString("entry_id")};
        }, entries.stream().map(EntryKey::tenant).toArray(String[]::new),
                entries.stream().map(EntryKey::entryId).toArray(String[]::new));
        jdbc.batchUpdate("""
                UPDATE priced_entry SET hourly_rate = ?, rate_version = ?, amount = ?, currency = ?,
                    revision = revision + ? WHERE entry_id = ?""", prices);
    }

    private static BigDecimal hours(long minutes) {
        return Money.plain(BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_EVEN));
    }

    private record Logged(String tenant, LoggedTime time) {
    }

    private record EntryKey(String tenant, String entryId) {
    }
}
