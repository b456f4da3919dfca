package io.ledgerline.billing.query;

import io.ledgerline.billing.api.BudgetDimension;
import io.ledgerline.billing.command.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Budget burn per project, read from the priced ledger: hours are every logged minute, money the priced billable
 * time; a monthly budget counts each calendar month of work apart ({@code 2026-11}), any other the whole project
 * ({@code total}).
 */
@Repository
public class BudgetBurns {

    static final String TOTAL = "total";
    static final int PACE_DAYS = 28;

    private final JdbcTemplate jdbc;

    BudgetBurns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The burns of the project in the period of the given day, or in every period when no day is given. */
    public List<BudgetBurn> burns(String tenant, String projectId, LocalDate day) {
        Optional<Budget> found = budget(tenant, projectId);
        if (found.isEmpty() || found.get().hours() == null && found.get().amount() == null) {
            return List.of();
        }
        Budget budget = found.get();
        List<String> periods = !budget.monthly() ? List.of(TOTAL) : day != null ? List.of(YearMonth.from(day)
                .toString()) : jdbc.queryForList("""
                SELECT DISTINCT to_char(work_date, 'YYYY-MM') FROM priced_entry
                WHERE tenant = ? AND project_id = ? AND known AND NOT deleted""", String.class, tenant, projectId);
        List<BudgetBurn> burns = new ArrayList<>();
        for (String period : periods) {
            Used used = used(tenant, projectId, range(period));
            if (budget.hours() != null) {
                burns.add(new BudgetBurn(projectId, BudgetDimension.HOURS, period, Money.plain(used.hours()),
                        Money.plain(budget.hours()), null));
            }
            if (budget.amount() != null) {
                burns.add(new BudgetBurn(projectId, BudgetDimension.MONEY, period, Money.plain(used.amount()),
                        Money.plain(budget.amount()), budget.currency()));
            }
        }
        return burns;
    }

    /** The project's budget in the period of {@code today} with a forecast at the pace of the last 28 days. */
    public Optional<BudgetView> view(String tenant, String projectId, LocalDate today) {
        return budget(tenant, projectId).map(budget -> {
            String period = budget.monthly() ? YearMonth.from(today).toString() : TOTAL;
            LocalDate[] range = range(period);
            Used used = used(tenant, projectId, range);
            Used recent = used(tenant, projectId, new LocalDate[] {today.minusDays(PACE_DAYS - 1L), today});
            LocalDate periodEnd = budget.monthly() ? range[1] : null;
            return new BudgetView(projectId, budget.currency(), budget.monthly(), period,
                    line(budget.hours(), used.hours(), recent.hours(), today, periodEnd),
                    line(budget.amount(), used.amount(), recent.amount(), today, periodEnd));
        });
    }

    private static BudgetLine line(BigDecimal budget, BigDecimal used, BigDecimal recent, LocalDate today,
                                   LocalDate periodEnd) {
        if (budget == null) {
            return null;
        }
        BigDecimal remaining = budget.subtract(used);
        BigDecimal percent = budget.signum() == 0 ? null
                : used.multiply(BigDecimal.valueOf(100)).divide(budget, 1, RoundingMode.HALF_EVEN);
        BigDecimal pace = recent.divide(BigDecimal.valueOf(PACE_DAYS), 4, RoundingMode.HALF_EVEN);
        LocalDate runsOut = null;
        if (remaining.signum() <= 0) {
            runsOut = today;
        } else if (pace.signum() > 0) {
            long days = remaining.divide(pace, 0, RoundingMode.CEILING).longValueExact();
            LocalDate day = today.plusDays(days);
            runsOut = periodEnd == null || !day.isAfter(periodEnd) ? day : null;
        }
        return new BudgetLine(Money.plain(budget), Money.plain(used), Money.plain(remaining),
                percent == null ? null : Money.plain(percent), Money.plain(pace.setScale(2, RoundingMode.HALF_EVEN)),
                runsOut);
    }

    private Optional<Budget> budget(String tenant, String projectId) {
        return jdbc.query("""
                SELECT budget_hours, budget_amount, budget_resets_monthly, currency FROM billing_project
                WHERE tenant = ? AND project_id = ?""",
                (row, index) -> new Budget(row.getBigDecimal("budget_hours"), row.getBigDecimal("budget_amount"),
                        row.getBoolean("budget_resets_monthly"), row.getString("currency")),
                tenant, projectId).stream().findFirst();
    }

    private Used used(String tenant, String projectId, LocalDate[] range) {
        return jdbc.queryForObject("""
                SELECT coalesce(sum(rounded_minutes), 0) AS minutes,
                    coalesce(sum(amount) FILTER (WHERE billable), 0) AS amount
                FROM priced_entry WHERE tenant = ? AND project_id = ? AND known AND NOT deleted
                    AND work_date BETWEEN ? AND ?""",
                (row, index) -> new Used(BigDecimal.valueOf(row.getLong("minutes"))
                        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_EVEN), row.getBigDecimal("amount")),
                tenant, projectId, Date.valueOf(range[0]), Date.valueOf(range[1]));
    }

    private static LocalDate[] range(String period) {
        if (TOTAL.equals(period)) {
            return new LocalDate[] {LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31)};
        }
        YearMonth month = YearMonth.parse(period);
        return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
    }

    private record Budget(BigDecimal hours, BigDecimal amount, boolean monthly, String currency) {
    }

    private record Used(BigDecimal hours, BigDecimal amount) {
    }
}
