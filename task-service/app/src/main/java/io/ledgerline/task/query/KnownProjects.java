package io.ledgerline.task.query;

import io.ledgerline.project.api.ProjectRole;
import io.ledgerline.project.api.ProjectStatus;
import io.ledgerline.task.command.ProjectDirectory;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code known_project} and {@code project_member}: the projects task-service has learnt of, by tenant, with their
 * status and current members. Written by the inbox once per event, read by the task aggregate as its directory.
 */
@Repository
public class KnownProjects implements ProjectDirectory {

    private final JdbcTemplate jdbc;

    KnownProjects(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a newly created project, which starts ACTIVE. */
    public void created(String tenant, String projectId, String name, Instant at) {
        jdbc.update("""
                INSERT INTO known_project (project_id, tenant, name, status, events_applied, updated_at)
                VALUES (?, ?, ?, 'ACTIVE', 1, ?)
                ON CONFLICT (project_id) DO UPDATE SET events_applied = known_project.events_applied + 1""",
                projectId, tenant, name, Timestamp.from(at));
    }

    /** Records a project's new status; a project never heard of stays unknown. */
    public void statusChanged(String tenant, String projectId, ProjectStatus to, Instant at) {
        jdbc.update("""
                UPDATE known_project SET status = ?, events_applied = events_applied + 1, updated_at = ?
                WHERE tenant = ? AND project_id = ?""", to.name(), Timestamp.from(at), tenant, projectId);
    }

    /** Records someone joining a project. */
    public void memberAdded(String tenant, String projectId, String userId, ProjectRole role, Instant at) {
        jdbc.update("""
                INSERT INTO project_member (project_id, user_id, tenant, role, added_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (project_id, user_id) DO UPDATE SET role = EXCLUDED.role""",
                projectId, userId, tenant, role == null ? ProjectRole.MEMBER.name() : role.name(), Timestamp.from(at));
    }

    /** Records someone leaving a project. */
    public void memberRemoved(String tenant, String projectId, String userId) {
        jdbc.update("DELETE FROM project_member WHERE tenant = ? AND project_id = ? AND user_id = ?",
                tenant, projectId, userId);
    }

    @Override
    public boolean takesNewWork(String tenant, String projectId) {
        return exists("SELECT 1 FROM known_project WHERE tenant = ? AND project_id = ? AND status = 'ACTIVE'",
                tenant, projectId);
    }

    @Override
    public boolean isClosed(String tenant, String projectId) {
        return exists("""
                SELECT 1 FROM known_project WHERE tenant = ? AND project_id = ? AND status IN ('COMPLETED', 'ARCHIVED')
                """, tenant, projectId);
    }

    @Override
    public boolean isMember(String tenant, String projectId, String userId) {
        return exists("SELECT 1 FROM project_member WHERE tenant = ? AND project_id = ? AND user_id = ?",
                tenant, projectId, userId);
    }

    private boolean exists(String query, Object... arguments) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (" + query + ")", Boolean.class, arguments));
    }
}
