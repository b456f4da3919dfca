package io.ledgerline.project.query;

import io.ledgerline.platform.security.Membership;
import io.ledgerline.platform.security.ProjectScope;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a user is in a project, from {@code project_summary} and {@code project_member}: the data behind the
 * project-scoped grants of the policy. A project of another tenant is unknown, as if it did not exist.
 */
@Component
class ProjectMemberships implements ProjectScope {

    private final JdbcTemplate jdbc;

    ProjectMemberships(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String variable() {
        return "projectId";
    }

    @Override
    public Optional<Membership> membership(String tenant, String projectId, String userId) {
        List<String> roles = jdbc.queryForList("""
                SELECT coalesce(m.role, 'NONE') FROM project_summary p
                LEFT JOIN project_member m ON m.project_id = p.project_id AND m.user_id = ?
                WHERE p.tenant = ? AND p.project_id = ?""", String.class, userId, tenant, projectId);
        return roles.stream().findFirst().map(Membership::valueOf);
    }
}
