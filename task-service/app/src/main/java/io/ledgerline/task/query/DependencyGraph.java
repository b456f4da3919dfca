package io.ledgerline.task.query;

import io.ledgerline.task.command.TaskGraph;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The tenant's tasks as a graph, read set-based from {@code task_summary} and {@code task_dependency}. */
@Repository
class DependencyGraph implements TaskGraph {

    private final JdbcTemplate jdbc;

    DependencyGraph(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> projectOf(String tenant, String taskId) {
        return jdbc.queryForList("SELECT project_id FROM task_summary WHERE tenant = ? AND task_id = ?",
                String.class, tenant, taskId).stream().findFirst();
    }

    @Override
    public boolean isBlockedBy(String tenant, String projectId, String taskId, String candidateBlockerId) {
        // Serialises the cycle checks of one project until the command's transaction ends: two dependencies added
        // at once in opposite directions cannot both pass.
        jdbc.queryForObject("SELECT true FROM (SELECT pg_advisory_xact_lock(hashtext(?))) AS locked", Boolean.class,
                projectId);
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                WITH RECURSIVE blocking (task_id) AS (
                    SELECT blocker_id FROM task_dependency WHERE tenant = ? AND task_id = ?
                    UNION
                    SELECT d.blocker_id FROM task_dependency d JOIN blocking b ON d.task_id = b.task_id
                    WHERE d.tenant = ?)
                SELECT EXISTS (SELECT 1 FROM blocking WHERE task_id = ?)""",
                Boolean.class, tenant, taskId, tenant, candidateBlockerId));
    }

    @Override
    public Set<String> openAmong(String tenant, Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList("""
                SELECT task_id FROM task_summary
                WHERE tenant = ? AND task_id = ANY (?) AND status NOT IN ('DONE', 'CANCELLED')""",
                String.class, tenant, taskIds.toArray(String[]::new)));
    }
}
