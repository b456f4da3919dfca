package io.ledgerline.timetracking.query;

import io.ledgerline.timetracking.command.RunningTimer;
import io.ledgerline.timetracking.command.WeekEntry;
import io.ledgerline.timetracking.command.WeekStatus;
import io.ledgerline.timetracking.command.Weeks;
import io.ledgerline.timetracking.command.api.IsoWeek;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The users' weeks and timers from {@code timesheet} and {@code time_entry}, each read under a transaction-scoped
 * advisory lock of the user's week (or timer): logging into a week and submitting it, or two timer starts, are
 * serialised, and the second sees what the first wrote.
 */
@Repository
class WeekLedger implements Weeks {

    private final JdbcTemplate jdbc;

    WeekLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public WeekStatus status(String tenant, String userId, IsoWeek week) {
        lock("week/" + tenant + "/" + userId + "/" + week);
        return jdbc.queryForList("SELECT status FROM timesheet WHERE tenant = ? AND user_id = ? AND iso_week = ?",
                String.class, tenant, userId, week.toString()).stream().findFirst()
                .filter(status -> !"REJECTED".equals(status)).map(WeekStatus::valueOf).orElse(WeekStatus.OPEN);
    }

    @Override
    public List<WeekEntry> entries(String tenant, String userId, IsoWeek week) {
        lock("week/" + tenant + "/" + userId + "/" + week);
        return jdbc.query("""
                SELECT entry_id, project_id, rounded_minutes FROM time_entry
                WHERE tenant = ? AND user_id = ? AND iso_week = ? AND status = 'LOGGED'
                ORDER BY entry_date, created_at, entry_id""",
                (row, index) -> new WeekEntry(row.getString("entry_id"), row.getString("project_id"),
                        row.getInt("rounded_minutes")), tenant, userId, week.toString());
    }

    @Override
    public Optional<RunningTimer> runningTimer(String tenant, String userId) {
        lock("timer/" + tenant + "/" + userId);
        return jdbc.query("""
                SELECT entry_id, task_id, started_at FROM time_entry
                WHERE tenant = ? AND user_id = ? AND status = 'RUNNING'""",
                (row, index) -> new RunningTimer(row.getString("entry_id"), row.getString("task_id"),
                        row.getTimestamp("started_at").toInstant()), tenant, userId).stream().findFirst();
    }

    private void lock(String key) {
        jdbc.queryForObject("SELECT true FROM (SELECT pg_advisory_xact_lock(hashtext(?))) AS locked", Boolean.class,
                key);
    }
}
