package io.ledgerline.project.query;

import io.ledgerline.project.api.BillingMode;
import io.ledgerline.project.api.ProjectRole;
import io.ledgerline.project.api.ProjectStatus;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads {@code project_summary} with its members and rates; every read is scoped to one tenant. */
@Repository
public class ProjectSummaries {

    /** The rate of {@code r.user_id = <user>} in force on a date: latest effective date first, then latest decision. */
    private static final String RATE_IN_FORCE = """
            (SELECT r.hourly_rate FROM project_rate r WHERE r.project_id = %s AND r.user_id %s
               AND (r.effective_from IS NULL OR r.effective_from <= ?)
             ORDER BY r.effective_from DESC NULLS LAST, r.seq DESC LIMIT 1)""";
    private static final String SELECT = "SELECT p.*, " + RATE_IN_FORCE.formatted("p.project_id", "IS NULL")
            + " AS default_hourly_rate FROM project_summary p";

    private final JdbcTemplate jdbc;

    ProjectSummaries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The tenant's project with the given id and the rates in force on {@code on}, if the tenant has it. */
    public Optional<ProjectSummary> find(String tenant, String projectId, LocalDate on) {
        List<Row> rows = jdbc.query(SELECT + " WHERE p.tenant = ? AND p.project_id = ?", ProjectSummaries::row,
                on, tenant, projectId);
        return withMembers(rows, on).stream().findFirst();
    }

    /** One page of the tenant's projects, newest first, filtered by whichever of client, status, member is given. */
    public ResultPage<ProjectSummary> list(String tenant, String clientId, ProjectStatus status, String member,
                                           LocalDate on, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE p.tenant = ?");
        List<Object> args = new ArrayList<>(List.of(tenant));
        if (clientId != null) {
            where.append(" AND p.client_id = ?");
            args.add(clientId);
        }
        if (status != null) {
            where.append(" AND p.status = ?");
            args.add(status.name());
        }
        if (member != null) {
            where.append(" AND EXISTS (SELECT 1 FROM project_member m WHERE m.project_id = p.project_id"
                    + " AND m.user_id = ?)");
            args.add(member);
        }
        long total = jdbc.queryForObject("SELECT count(*) FROM project_summary p" + where, Long.class,
                args.toArray());
        List<Object> pageArgs = new ArrayList<>(List.of(on));
        pageArgs.addAll(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<Row> rows = jdbc.query(SELECT + where + " ORDER BY p.created_at DESC, p.project_id LIMIT ? OFFSET ?",
                ProjectSummaries::row, pageArgs.toArray());
        return new ResultPage<>(withMembers(rows, on), page, size, total);
    }

    /** The rates of the tenant's project in force on a date, if the tenant has the project. */
    public Optional<RatesInForce> ratesInForce(String tenant, String projectId, LocalDate on) {
        return find(tenant, projectId, on).map(project -> new RatesInForce(projectId, on, project.currency(),
                project.defaultHourlyRate(), project.members().stream()
                        .map(m -> new MemberRate(m.userId(), m.role(),
                                m.hourlyRate() != null ? m.hourlyRate() : project.defaultHourlyRate(),
                                m.hourlyRate() != null))
                        .toList()));
    }

    private List<ProjectSummary> withMembers(List<Row> rows, LocalDate on) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>(List.of(on));
        rows.forEach(row -> args.add(row.projectId()));
        String placeholders = String.join(",", Collections.nCopies(rows.size(), "?"));
        Map<String, List<ProjectMember>> members = jdbc.query("SELECT m.project_id, m.user_id, m.role, "
                        + RATE_IN_FORCE.formatted("m.project_id", "= m.user_id") + " AS hourly_rate"
                        + " FROM project_member m WHERE m.project_id IN (" + placeholders + ")"
                        + " ORDER BY m.joined_at, m.user_id",
                (rs, i) -> Map.entry(rs.getString("project_id"), new ProjectMember(rs.getString("user_id"),
                        ProjectRole.valueOf(rs.getString("role")), amount(rs, "hourly_rate"))),
                args.toArray()).stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rows.stream().map(row -> row.with(members.getOrDefault(row.projectId(), List.of()))).toList();
    }

    private static Row row(ResultSet row, int index) throws SQLException {
        BigDecimal hours = amount(row, "budget_hours");
        BigDecimal amount = amount(row, "budget_amount");
        boolean resetsMonthly = row.getBoolean("budget_resets_monthly");
        return new Row(new ProjectSummary(row.getString("project_id"), row.getString("client_id"),
                row.getString("name"), row.getString("code"), BillingMode.valueOf(row.getString("billing_mode")),
                row.getString("currency"), amount(row, "default_hourly_rate"), amount(row, "fixed_fee"),
                ProjectStatus.valueOf(row.getString("status")),
                hours == null && amount == null ? null : new ProjectBudget(hours, amount, resetsMonthly),
                List.of(), row.getLong("version"), row.getTimestamp("created_at").toInstant()));
    }

    private static BigDecimal amount(ResultSet row, String column) throws SQLException {
        return Amounts.plain(row.getBigDecimal(column));
    }

    private record Row(ProjectSummary summary) {
        String projectId() {
            return summary.projectId();
        }

        ProjectSummary with(List<ProjectMember> members) {
            ProjectSummary s = summary;
            return new ProjectSummary(s.projectId(), s.clientId(), s.name(), s.code(), s.billingMode(), s.currency(),
                    s.defaultHourlyRate(), s.fixedFee(), s.status(), s.budget(), members, s.version(), s.createdAt());
        }
    }
}
