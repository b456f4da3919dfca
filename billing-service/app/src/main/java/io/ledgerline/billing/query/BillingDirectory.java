package io.ledgerline.billing.query;

import io.ledgerline.project.api.BillingAddress;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code billing_client}, {@code billing_project} and {@code project_rate}: what billing-service has learnt of clients,
 * projects, rates and budgets from project-service's events, written by the inbox once per event.
 */
@Repository
public class BillingDirectory {

    /** The effective date of a rate a project or member started with: before any work. */
    static final LocalDate FROM_THE_START = LocalDate.of(1900, 1, 1);

    private final JdbcTemplate jdbc;

    BillingDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a client as it is now (registered or updated), with its buyer data for e-invoices. */
    public void client(String tenant, String clientId, ClientRecord client) {
        BillingAddress address = client.address() == null
                ? new BillingAddress(null, null, null, null, null) : client.address();
        jdbc.update("""
                INSERT INTO billing_client (client_id, tenant, name, currency, payment_terms_days, default_tax_rate,
                    address, line1, line2, postal_code, city, country, vat_id, buyer_reference, invoice_email)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (client_id) DO UPDATE SET name = EXCLUDED.name, currency = EXCLUDED.currency,
                    payment_terms_days = EXCLUDED.payment_terms_days, default_tax_rate = EXCLUDED.default_tax_rate,
                    address = EXCLUDED.address, line1 = EXCLUDED.line1, line2 = EXCLUDED.line2,
                    postal_code = EXCLUDED.postal_code, city = EXCLUDED.city, country = EXCLUDED.country,
                    vat_id = EXCLUDED.vat_id, buyer_reference = EXCLUDED.buyer_reference,
                    invoice_email = EXCLUDED.invoice_email
                WHERE billing_client.tenant = EXCLUDED.tenant""",
                clientId, tenant, client.name(), client.currency(), client.paymentTermsDays(),
                client.defaultTaxRate() == null ? BigDecimal.ZERO : client.defaultTaxRate(), format(client.address()),
                address.line1(), address.line2(), address.postalCode(), address.city(), address.country(),
                client.vatId(), client.buyerReference(), client.invoiceEmail());
    }

    /** Records a task's title, so that invoice lines and time reports name the task. */
    public void task(String tenant, String taskId, String projectId, String title) {
        jdbc.update("""
                INSERT INTO billing_task (task_id, tenant, project_id, title) VALUES (?, ?, ?, ?)
                ON CONFLICT (tenant, task_id) DO UPDATE SET title = EXCLUDED.title""",
                taskId, tenant, projectId, title);
    }

    /** Records a new project and the default rate it starts with. */
    public void projectCreated(String tenant, String projectId, String clientId, String name, String code,
                               String billingMode, String currency, BigDecimal defaultHourlyRate,
                               BigDecimal fixedFee) {
        jdbc.update("""
                INSERT INTO billing_project (project_id, tenant, client_id, name, code, billing_mode, currency,
                    fixed_fee) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (project_id) DO NOTHING""",
                projectId, tenant, clientId, name, code, billingMode, currency, fixedFee);
        if (defaultHourlyRate != null) {
            rate(projectId, "", FROM_THE_START, defaultHourlyRate, 0);
        }
    }

    /** Records a member's personal rate, when they have one. */
    public void memberRate(String projectId, String userId, BigDecimal hourlyRate) {
        if (hourlyRate != null) {
            rate(projectId, userId, FROM_THE_START, hourlyRate, 0);
        }
    }

    /** Records a rate in force from a date on; a null user is the project's default. */
    public void rateChanged(String projectId, String userId, BigDecimal hourlyRate, LocalDate effectiveFrom,
                            int rateVersion) {
        rate(projectId, userId == null ? "" : userId, effectiveFrom, hourlyRate, rateVersion);
    }

    /** Records a project's budget; absent limits mean none. */
    public void budgetChanged(String tenant, String projectId, BigDecimal hours, BigDecimal amount,
                              boolean resetsMonthly) {
        jdbc.update("""
                UPDATE billing_project SET budget_hours = ?, budget_amount = ?, budget_resets_monthly = ?
                WHERE tenant = ? AND project_id = ?""", hours, amount, resetsMonthly, tenant, projectId);
    }

    private void rate(String projectId, String userId, LocalDate from, BigDecimal rate, int version) {
        jdbc.update("""
                INSERT INTO project_rate (project_id, user_id, effective_from, hourly_rate, rate_version)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (project_id, user_id, effective_from) DO UPDATE SET hourly_rate = EXCLUDED.hourly_rate,
                    rate_version = EXCLUDED.rate_version
                WHERE project_rate.rate_version <= EXCLUDED.rate_version""",
                projectId, userId, Date.valueOf(from), rate, version);
    }

    private static String format(BillingAddress address) {
        if (address == null) {
            return null;
        }
        String city = Stream.of(address.postalCode(), address.city()).filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        return Stream.of(address.line1(), address.line2(), city, address.country())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining("\n"));
    }
}
