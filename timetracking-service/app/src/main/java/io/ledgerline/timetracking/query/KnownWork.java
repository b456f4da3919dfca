package io.ledgerline.timetracking.query;

import io.ledgerline.project.api.BillingMode;
import io.ledgerline.project.api.ProjectRole;
import io.ledgerline.project.api.ProjectStatus;
import io.ledgerline.task.api.TaskStatus;
import io.ledgerline.timetracking.api.RoundingDirection;
import io.ledgerline.timetracking.api.RoundingRule;
import io.ledgerline.timetracking.command.WorkDirectory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code known_project}, {@code project_member} and {@code known_task}: what timetracking-service has learnt of the
 * tenants' projects, members and tasks. Written by the inbox once per event, read by the aggregates as their
 * directory, with the rounding rules from {@code rounding_rule}.
 */
@Repository
public class KnownWork implements WorkDirectory {

    private final JdbcTemplate jdbc;

    KnownWork(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a new project, ACTIVE, billable by default unless billed by fixed fee or not at all. */
    public void projectCreated(String tenant, String projectId, BillingMode mode, Instant at) {
        boolean billable = mode == null || mode == BillingMode.TIME_AND_MATERIALS;
        jdbc.update("""
                INSERT INTO known_project (project_id, tenant, status, billable, events_applied, updated_at)
                VALUES (?, ?, 'ACTIVE', ?, 1, ?)
                ON CONFLICT (project_id) DO UPDATE SET events_applied = known_project.events_applied + 1""",
                projectId, tenant, billable, Timestamp.from(at));
    }

    /** Records a project's new status; a project never heard of stays unknown. */
    public void projectStatusChanged(String tenant, String projectId, ProjectStatus to, Instant at) {
        jdbc.update("""
                UPDATE known_project SET status = ?, events_applied = events_applied + 1, updated_at = ?
                WHERE tenant = ? AND project_id = ?""", to.name(), Timestamp.from(at), tenant, projectId);
    }

    public void memberAdded(String tenant, String projectId, String userId, ProjectRole role) {
        jdbc.update("""
                INSERT INTO project_member (project_id, user_id, tenant, role) VALUES (?, ?, ?, ?)
                ON CONFLICT (project_id, user_id) DO UPDATE SET role = EXCLUDED.role""",
                projectId, userId, tenant, role == null ? ProjectRole.MEMBER.name() : role.name());
    }

    public void memberRemoved(String tenant, String projectId, String userId) {
        jdbc.update("DELETE FROM project_member WHERE tenant = ? AND project_id = ? AND user_id = ?",
                tenant, projectId, userId);
    }

    public void taskCreated(String tenant, String taskId, String projectId) {
        jdbc.update("""
                INSERT INTO known_task (task_id, tenant, project_id, status, events_applied)
                VALUES (?, ?, ?, 'TODO', 1)
                ON CONFLICT (task_id) DO UPDATE SET events_applied = known_task.events_applied + 1""",
                taskId, tenant, projectId);
    }

    public void taskStatusChanged(String tenant, String taskId, TaskStatus to) {
        jdbc.update("""
                UPDATE known_task SET status = ?, events_applied = events_applied + 1
                WHERE tenant = ? AND task_id = ?""", to.name(), tenant, taskId);
    }

    @Override
    public Optional<String> projectOfTask(String tenant, String taskId) {
        return jdbc.queryForList("SELECT project_id FROM known_task WHERE tenant = ? AND task_id = ?", String.class,
                tenant, taskId).stream().findFirst();
    }

    @Override
    public boolean isOpenTask(String tenant, String taskId) {
        return exists("""
                SELECT 1 FROM known_task WHERE tenant = ? AND task_id = ? AND status NOT IN ('DONE', 'CANCELLED')""",
                tenant, taskId);
    }

    @Override
    public boolean isKnownProject(String tenant, String projectId) {
        return exists("SELECT 1 FROM known_project WHERE tenant = ? AND project_id = ?", tenant, projectId);
    }

    @Override
    public boolean isActiveProject(String tenant, String projectId) {
        return exists("SELECT 1 FROM known_project WHERE tenant = ? AND project_id = ? AND status = 'ACTIVE'",
                tenant, projectId);
    }

    @Override
    public boolean isMember(String tenant, String projectId, String userId) {
        return exists("SELECT 1 FROM project_member WHERE tenant = ? AND project_id = ? AND user_id = ?",
                tenant, projectId, userId);
    }

    @Override
    public boolean isManager(String tenant, String projectId, String userId) {
        return exists("""
                SELECT 1 FROM project_member WHERE tenant = ? AND project_id = ? AND user_id = ? AND role = 'MANAGER'
                """, tenant, projectId, userId);
    }

    @Override
    public boolean billableByDefault(String tenant, String projectId) {
        return exists("SELECT 1 FROM known_project WHERE tenant = ? AND project_id = ? AND billable", tenant,
                projectId);
    }

    @Override
    public Optional<RoundingRule> roundingRule(String tenant, String projectId) {
        return jdbc.query("""
                SELECT unit_minutes, direction, minimum_minutes FROM rounding_rule
                WHERE tenant = ? AND project_id = ? AND unit_minutes IS NOT NULL""",
                (row, index) -> new RoundingRule(row.getInt("unit_minutes"),
                        RoundingDirection.valueOf(row.getString("direction")),
                        (Integer) row.getObject("minimum_minutes")),
                tenant, projectId).stream().findFirst();
    }

    private boolean exists(String query, Object... arguments) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (" + query + ")", Boolean.class, arguments));
    }
}
