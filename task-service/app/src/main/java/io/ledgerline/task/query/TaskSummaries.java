package io.ledgerline.task.query;

import io.ledgerline.task.api.TaskPriority;
import io.ledgerline.task.api.TaskStatus;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the task read models; every read is scoped to one tenant. */
@Repository
public class TaskSummaries {

    private static final String SELECT = """
            SELECT s.*,
                ARRAY(SELECT a.user_id FROM task_assignee a WHERE a.task_id = s.task_id ORDER BY a.user_id)
                    AS assignees,
                ARRAY(SELECT d.blocker_id FROM task_dependency d WHERE d.task_id = s.task_id ORDER BY d.blocker_id)
                    AS blocked_by
            FROM task_summary s
            """;

    private final JdbcTemplate jdbc;

    TaskSummaries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The tenant's task with the given id, if the tenant has one. */
    public Optional<TaskSummary> find(String tenant, String taskId) {
        return jdbc.query(SELECT + "WHERE s.tenant = ? AND s.task_id = ?", TaskSummaries::map, tenant, taskId)
                .stream().findFirst();
    }

    /** One page of the tenant's tasks that match the filter, newest first. */
    public TaskPage list(String tenant, TaskFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder("WHERE s.tenant = ?");
        List<Object> arguments = new ArrayList<>(List.of(tenant));
        if (filter.projectId() != null) {
            where.append(" AND s.project_id = ?");
            arguments.add(filter.projectId());
        }
        if (filter.assignee() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM task_assignee a WHERE a.task_id = s.task_id AND a.user_id = ?)");
            arguments.add(filter.assignee());
        }
        if (filter.status() != null) {
            where.append(" AND s.status = ?");
            arguments.add(filter.status().name());
        }
        if (filter.dueBefore() != null) {
            where.append(" AND s.due_date < ?");
            arguments.add(Date.valueOf(filter.dueBefore()));
        }
        if (filter.memberOf() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM project_member m WHERE m.tenant = s.tenant"
                    + " AND m.project_id = s.project_id AND m.user_id = ?)");
            arguments.add(filter.memberOf());
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM task_summary s " + where, Long.class,
                arguments.toArray());
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(size);
        paged.add((long) page * size);
        List<TaskSummary> items = jdbc.query(SELECT + where + " ORDER BY s.created_at DESC, s.task_id LIMIT ? OFFSET ?",
                TaskSummaries::map, paged.toArray());
        return new TaskPage(items, page, size, total == null ? 0 : total);
    }

    /** The tenant's open tasks of a project that the user is assigned to. */
    public List<String> openAssignments(String tenant, String projectId, String userId) {
        return jdbc.queryForList("""
                SELECT a.task_id FROM task_assignee a JOIN task_summary s ON s.task_id = a.task_id
                WHERE a.tenant = ? AND a.project_id = ? AND a.user_id = ? AND s.status NOT IN ('DONE', 'CANCELLED')
                ORDER BY a.task_id""", String.class, tenant, projectId, userId);
    }

    /** The comments on the tenant's task, in the order they were made. */
    public List<TaskComment> comments(String tenant, String taskId) {
        return jdbc.query("""
                SELECT * FROM task_comment WHERE tenant = ? AND task_id = ? ORDER BY position""",
                (row, index) -> new TaskComment(row.getString("comment_id"), row.getString("author_id"),
                        row.getString("text"), row.getTimestamp("created_at").toInstant()),
                tenant, taskId);
    }

    private static TaskSummary map(ResultSet row, int index) throws SQLException {
        Date due = row.getDate("due_date");
        return new TaskSummary(row.getString("task_id"), row.getString("project_id"), row.getString("title"),
                row.getString("description"), TaskPriority.valueOf(row.getString("priority")),
                TaskStatus.valueOf(row.getString("status")), row.getBigDecimal("estimate_hours"),
                due == null ? null : due.toLocalDate(), strings(row.getArray("assignees")),
                strings(row.getArray("blocked_by")), row.getLong("version"),
                row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
