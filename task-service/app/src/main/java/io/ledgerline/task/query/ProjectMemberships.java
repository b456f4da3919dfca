package io.ledgerline.task.query;

import io.ledgerline.platform.security.Membership;
import io.ledgerline.platform.security.ProjectScope;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a user is in a project task-service has learnt of ({@code known_project}, {@code project_member}, learnt from
 * project-service's events), reached through the project itself or through one of its tasks: the data behind the
 * project-scoped grants of task-service's policy. An id the tenant does not have is empty.
 */
public final class ProjectMemberships implements ProjectScope {

    private static final String ROLE = """
            SELECT coalesce(m.role, 'NONE') FROM %s
            LEFT JOIN project_member m ON m.tenant = x.tenant AND m.project_id = x.project_id AND m.user_id = ?
            WHERE x.tenant = ? AND x.%s = ?""";

    private final JdbcTemplate jdbc;
    private final String variable;
    private final String query;

    private ProjectMemberships(JdbcTemplate jdbc, String variable, String table, String idColumn) {
        this.jdbc = jdbc;
        this.variable = variable;
        this.query = ROLE.formatted(table + " x", idColumn);
    }

    /** The caller's role in the project {@code projectId} (creating a task names it in the body). */
    public static ProjectMemberships ofProject(JdbcTemplate jdbc) {
        return new ProjectMemberships(jdbc, "projectId", "known_project", "project_id");
    }

    /** The caller's role in the project of the task {@code taskId}. */
    public static ProjectMemberships ofTask(JdbcTemplate jdbc) {
        return new ProjectMemberships(jdbc, "taskId", "task_summary", "task_id");
    }

    @Override
    public String variable() {
        return variable;
    }

    @Override
    public Optional<Membership> membership(String tenant, String id, String userId) {
        return jdbc.queryForList(query, String.class, userId, tenant, id).stream().findFirst()
                .map(Membership::valueOf);
    }
}
