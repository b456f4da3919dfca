package io.ledgerline.timetracking.query;

import io.ledgerline.platform.security.Membership;
import io.ledgerline.platform.security.ProjectScope;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the caller is for the project, task, time entry or person a request names, read from what timetracking-service
 * learnt of projects and their members ({@code known_project}, {@code known_task}, {@code project_member}) and from
 * its own entries: the data behind the project-scoped grants of its policy. An id the tenant does not have is empty.
 * For an entry, its own user counts as a MEMBER and a MANAGER of its project as MANAGER; for a person (a week), the
 * person themself counts as a MEMBER and a MANAGER of any project they belong to as MANAGER; anyone else is NONE.
 */
public final class WorkMemberships implements ProjectScope {

    private static final String CALLER = """
            WITH q AS (SELECT CAST(? AS VARCHAR) AS caller, CAST(? AS VARCHAR) AS tenant, CAST(? AS VARCHAR) AS id)
            """;
    private static final String ROLE_IN = """
            coalesce((SELECT m.role FROM project_member m WHERE m.tenant = q.tenant AND m.project_id = %s
                AND m.user_id = q.caller), 'NONE')""";

    private final JdbcTemplate jdbc;
    private final String variable;
    private final String query;

    private WorkMemberships(JdbcTemplate jdbc, String variable, String query) {
        this.jdbc = jdbc;
        this.variable = variable;
        this.query = CALLER + query;
    }

    /** The caller's role in the project {@code projectId}. */
    public static WorkMemberships ofProject(JdbcTemplate jdbc) {
        return new WorkMemberships(jdbc, "projectId", "SELECT " + ROLE_IN.formatted("p.project_id")
                + " FROM q JOIN known_project p ON p.tenant = q.tenant AND p.project_id = q.id");
    }

    /** The caller's role in the project of the task {@code taskId}. */
    public static WorkMemberships ofTask(JdbcTemplate jdbc) {
        return new WorkMemberships(jdbc, "taskId", "SELECT " + ROLE_IN.formatted("t.project_id")
                + " FROM q JOIN known_task t ON t.tenant = q.tenant AND t.task_id = q.id");
    }

    /** MANAGER of the entry's project, MEMBER for the entry's own user, else NONE. */
    public static WorkMemberships ofEntry(JdbcTemplate jdbc) {
        return new WorkMemberships(jdbc, "entryId", "SELECT CASE WHEN " + ROLE_IN.formatted("e.project_id")
                + " = 'MANAGER' THEN 'MANAGER' WHEN e.user_id = q.caller THEN 'MEMBER' ELSE 'NONE' END"
                + " FROM q JOIN time_entry e ON e.tenant = q.tenant AND e.entry_id = q.id");
    }

    /** MANAGER of a project the person {@code userId} belongs to, MEMBER for the person themself, else NONE. */
    public static WorkMemberships ofPerson(JdbcTemplate jdbc) {
        return new WorkMemberships(jdbc, "userId", """
                SELECT CASE WHEN EXISTS (SELECT 1 FROM project_member mine JOIN project_member theirs
                        ON theirs.tenant = mine.tenant AND theirs.project_id = mine.project_id AND theirs.user_id = q.id
                    WHERE mine.tenant = q.tenant AND mine.user_id = q.caller AND mine.role = 'MANAGER') THEN 'MANAGER'
                    WHEN q.id = q.caller THEN 'MEMBER' ELSE 'NONE' END FROM q""");
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
