package io.ledgerline.project.query;

import io.ledgerline.project.api.BillingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads {@code project_summary}; every read is scoped to one tenant. */
@Repository
public class ProjectSummaries {

    private final JdbcTemplate jdbc;

    ProjectSummaries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The tenant's project with the given id, if the tenant has one. */
    public Optional<ProjectSummary> find(String tenant, String projectId) {
        return jdbc.query("SELECT * FROM project_summary WHERE tenant = ? AND project_id = ?",
                ProjectSummaries::map, tenant, projectId).stream().findFirst();
    }

    private static ProjectSummary map(ResultSet row, int index) throws SQLException {
        return new ProjectSummary(row.getString("project_id"), row.getString("client_id"), row.getString("name"),
                row.getString("code"), BillingMode.valueOf(row.getString("billing_mode")), row.getString("currency"),
                row.getBigDecimal("default_hourly_rate"), row.getBigDecimal("fixed_fee"), row.getString("status"),
                row.getLong("version"), row.getTimestamp("created_at").toInstant());
    }
}
