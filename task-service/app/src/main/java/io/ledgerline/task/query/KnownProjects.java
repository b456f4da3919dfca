package io.ledgerline.task.query;

import io.ledgerline.task.command.ProjectDirectory;
import java.time.Instant;
import java.sql.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@code known_project}: the projects task-service has learnt of, by tenant. */
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

    @Override
    public boolean takesNewWork(String tenant, String projectId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM known_project WHERE tenant = ? AND project_id = ? AND status = 'ACTIVE')",
                Boolean.class, tenant, projectId));
    }
}
