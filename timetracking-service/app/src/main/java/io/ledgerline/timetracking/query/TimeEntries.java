package io.ledgerline.timetracking.query;

import io.ledgerline.timetracking.api.RoundingDirection;
import io.ledgerline.timetracking.api.RoundingRule;
import io.ledgerline.timetracking.command.api.IsoWeek;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads entries, timers, timesheets and rounding rules; every read is scoped to one tenant. */
@Repository
public class TimeEntries {

    private static final String SELECT = """
            SELECT e.*, COALESCE(NULLIF(t.status, 'REJECTED'), 'OPEN') AS approval
            FROM time_entry e
            LEFT JOIN timesheet t ON t.tenant = e.tenant AND t.user_id = e.user_id AND t.iso_week = e.iso_week
            """;

    private final JdbcTemplate jdbc;

    TimeEntries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The tenant's entry or running timer, unless deleted. */
    public Optional<TimeEntryView> find(String tenant, String entryId) {
        return jdbc.query(SELECT + "WHERE e.tenant = ? AND e.entry_id = ? AND e.status <> 'DELETED'",
                TimeEntries::map, tenant, entryId).stream().findFirst();
    }

    /** Whether the tenant has this entry, in whatever state: the invoice lock asks only the tenant's entries. */
    public boolean exists(String tenant, String entryId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM time_entry WHERE tenant = ? AND entry_id = ?)""", Boolean.class,
                tenant, entryId));
    }

    /** The user's running timer, if one runs. */
    public Optional<TimeEntryView> runningTimer(String tenant, String userId) {
        return jdbc.query(SELECT + "WHERE e.tenant = ? AND e.user_id = ? AND e.status = 'RUNNING'",
                TimeEntries::map, tenant, userId).stream().findFirst();
    }

    /** One page of the tenant's logged entries that match the filter, newest date first. */
    public TimeEntryPage list(String tenant, TimeEntryFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder("WHERE e.tenant = ? AND e.status = 'LOGGED'");
        List<Object> arguments = new ArrayList<>(List.of(tenant));
        criterion(where, arguments, " AND e.user_id = ?", filter.userId());
        criterion(where, arguments, " AND e.project_id = ?", filter.projectId());
        criterion(where, arguments, " AND e.task_id = ?", filter.taskId());
        criterion(where, arguments, " AND e.entry_date >= ?", date(filter.from()));
        criterion(where, arguments, " AND e.entry_date <= ?", date(filter.to()));
        if (filter.visibleTo() != null) {
            where.append(" AND (e.user_id = ? OR EXISTS (SELECT 1 FROM project_member m WHERE m.tenant = e.tenant"
                    + " AND m.project_id = e.project_id AND m.user_id = ? AND m.role = 'MANAGER'))");
            arguments.add(filter.visibleTo());
            arguments.add(filter.visibleTo());
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM time_entry e " + where, Long.class,
                arguments.toArray());
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(size);
        paged.add((long) page * size);
        List<TimeEntryView> items = jdbc.query(SELECT + where
                + " ORDER BY e.entry_date DESC, e.created_at DESC, e.entry_id LIMIT ? OFFSET ?", TimeEntries::map,
                paged.toArray());
        return new TimeEntryPage(items, page, size, total == null ? 0 : total);
    }

    /** The user's week with its totals per day and per project. */
    public TimesheetView week(String tenant, String userId, IsoWeek week) {
        List<TimeEntryView> entries = jdbc.query(SELECT + """
                WHERE e.tenant = ? AND e.user_id = ? AND e.iso_week = ? AND e.status = 'LOGGED'
                ORDER BY e.entry_date, e.created_at, e.entry_id""", TimeEntries::map, tenant, userId, week.toString());
        Map<LocalDate, Integer> perDay = new LinkedHashMap<>();
        for (LocalDate day = week.monday(); !day.isAfter(week.sunday()); day = day.plusDays(1)) {
            perDay.put(day, 0);
        }
        Map<String, Integer> perProject = new TreeMap<>();
        int billable = 0;
        for (TimeEntryView entry : entries) {
            perDay.merge(entry.date(), entry.roundedMinutes(), Integer::sum);
            perProject.merge(entry.projectId(), entry.roundedMinutes(), Integer::sum);
            billable += entry.billable() ? entry.roundedMinutes() : 0;
        }
        int total = entries.stream().mapToInt(TimeEntryView::roundedMinutes).sum();
        Sheet sheet = jdbc.query("SELECT * FROM timesheet WHERE tenant = ? AND user_id = ? AND iso_week = ?",
                (row, index) -> new Sheet(row.getString("status"), row.getString("decided_by"),
                        row.getString("reason"), row.getLong("version")), tenant, userId, week.toString())
                .stream().findFirst().orElse(new Sheet("OPEN", null, null, null));
        return new TimesheetView(userId, week.toString(), sheet.status(), sheet.decidedBy(), sheet.reason(),
                sheet.version(), total, billable, perDay, perProject, entries);
    }

    /** The tenant's project's rounding rule, if one was ever set. */
    public Optional<RoundingRuleView> roundingRule(String tenant, String projectId) {
        return jdbc.query("SELECT * FROM rounding_rule WHERE tenant = ? AND project_id = ?",
                (row, index) -> new RoundingRuleView(projectId, rule(row), row.getLong("version")), tenant, projectId)
                .stream().findFirst();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static void criterion(StringBuilder where, List<Object> arguments, String clause, Object value) {
        if (value != null) {
            where.append(clause);
            arguments.add(value);
        }
    }

    private static TimeEntryView map(ResultSet row, int index) throws SQLException {
        return new TimeEntryView(row.getString("entry_id"), row.getString("user_id"), row.getString("logged_by"),
                row.getString("project_id"), row.getString("task_id"), row.getDate("entry_date").toLocalDate(),
                instant(row.getTimestamp("started_at")), instant(row.getTimestamp("ended_at")),
                row.getInt("raw_minutes"), row.getInt("rounded_minutes"), rule(row), row.getString("description"),
                row.getBoolean("billable"), row.getString("status"), row.getString("approval"),
                row.getString("invoice_id"), row.getLong("version"), instant(row.getTimestamp("created_at")),
                instant(row.getTimestamp("updated_at")));
    }

    private static RoundingRule rule(ResultSet row) throws SQLException {
        Object unit = row.getObject("unit_minutes");
        return unit == null ? null : new RoundingRule((Integer) unit,
                RoundingDirection.valueOf(row.getString("direction")), (Integer) row.getObject("minimum_minutes"));
    }

    /** What the {@code timesheet} row says of a week. */
    private record Sheet(String status, String decidedBy, String reason, Long version) {
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
