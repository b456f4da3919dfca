package io.ledgerline.task.query;

import io.ledgerline.task.api.TaskPriority;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads {@code task_summary}; every read is scoped to one tenant. */
@Repository
public class TaskSummaries {

    private final JdbcTemplate jdbc;

    TaskSummaries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The tenant's task with the given id, if the tenant has one. */
    public Optional<TaskSummary> find(String tenant, String taskId) {
        return jdbc.query("SELECT * FROM task_summary WHERE tenant = ? AND task_id = ?", TaskSummaries::map,
                tenant, taskId).stream().findFirst();
    }

    private static TaskSummary map(ResultSet row, int index) throws SQLException {
        return new TaskSummary(row.getString("task_id"), row.getString("project_id"), row.getString("title"),
                row.getString("description"), TaskPriority.valueOf(row.getString("priority")),
                row.getString("status"), row.getLong("version"), row.getTimestamp("created_at").toInstant());
    }
}
