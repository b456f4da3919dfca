package io.ledgerline.billing.query;

import io.ledgerline.platform.security.Membership;
import io.ledgerline.platform.security.ProjectScope;
import io.ledgerline.project.api.ProjectRole;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code billing_project_member}: the members of the projects billing-service knows, learnt from project-service's
 * events. Decides the project-scoped grants of billing's policy (a MANAGER of a project reads its budget burn and
 * unbilled work, with money) and which projects a manager's work in progress shows.
 */
@Repository
public class ProjectMembers implements ProjectScope {

    private final JdbcTemplate jdbc;

    ProjectMembers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records someone joining a project, or their new role in it. */
    public void added(String tenant, String projectId, String userId, ProjectRole role) {
        jdbc.update("""
                INSERT INTO billing_project_member (project_id, user_id, tenant, role) VALUES (?, ?, ?, ?)
                ON CONFLICT (project_id, user_id) DO UPDATE SET role = EXCLUDED.role""",
                projectId, userId, tenant, role == null ? ProjectRole.MEMBER.name() : role.name());
    }

    /** Records someone leaving a project. */
    public void removed(String tenant, String projectId, String userId) {
        jdbc.update("DELETE FROM billing_project_member WHERE tenant = ? AND project_id = ? AND user_id = ?",
                tenant, projectId, userId);
    }

    /** The projects of the tenant {@code userId} is a MANAGER of. */
    public List<String> managedBy(String tenant, String userId) {
        return jdbc.queryForList("""
                SELECT project_id FROM billing_project_member WHERE tenant = ? AND user_id = ? AND role = 'MANAGER'""",
                String.class, tenant, userId);
    }

    @Override
    public String variable() {
        return "projectId";
    }

    @Override
    public Optional<Membership> membership(String tenant, String projectId, String userId) {
        return jdbc.queryForList("""
                SELECT coalesce(m.role, 'NONE') FROM billing_project p
                LEFT JOIN billing_project_member m ON m.tenant = p.tenant AND m.project_id = p.project_id
                    AND m.user_id = ?
                WHERE p.tenant = ? AND p.project_id = ?""", String.class, userId, tenant, projectId).stream()
                .findFirst().map(Membership::valueOf);
    }
}
