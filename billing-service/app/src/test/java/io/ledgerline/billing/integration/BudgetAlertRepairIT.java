package io.ledgerline.billing.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.testsupport.LedgerlineIntegrationTest;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The repair of budget alerts stored without caller metadata by earlier versions (migration V10_1): the project names
 * the tenant, billing is the actor, and alerts that have a tenant are left alone.
 */
@LedgerlineIntegrationTest
class BudgetAlertRepairIT {

    private static final String REPAIR = "db/service/billing-service/V10_1__budget_alerts_tenant.sql";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void givesAnAlertWithoutMetadataItsProjectsTenantAndBillingAsActorAndLeavesCompleteOnesAlone() {
        String tenant = "repair-" + UUID.randomUUID();
        String orphanProject = project(tenant);
        String completeProject = project(tenant);
        String orphan = storeAlert(orphanProject, "{}");
        String complete = storeAlert(completeProject,
                "{\"tenant\":\"" + tenant + "\",\"actor\":\"system:billing-service\",\"correlationId\":\"req-1\"}");

        repair();
        repair();

        assertThat(metaData(orphan)).contains("\"tenant\": \"" + tenant + "\"",
                "\"actor\": \"system:billing-service\"", "\"correlationId\": \"" + orphan + "\"");
        assertThat(metaData(complete)).isEqualTo(
                "{\"tenant\":\"" + tenant + "\",\"actor\":\"system:billing-service\",\"correlationId\":\"req-1\"}");
    }

    private void repair() {
        new ResourceDatabasePopulator(new ClassPathResource(REPAIR)).execute(dataSource);
    }

    private String project(String tenant) {
        String projectId = UUID.randomUUID().toString();
        jdbc.update("""
                INSERT INTO billing_project (project_id, tenant, name, billing_mode, currency)
                VALUES (?, ?, 'Repair', 'TIME_AND_MATERIALS', 'EUR')""", projectId, tenant);
        return projectId;
    }

    /** An alert as the earlier version stored it, at 50 % of a period long gone. */
    private String storeAlert(String projectId, String metaData) {
        String eventId = UUID.randomUUID().toString();
        jdbc.update("""
                INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                    meta_data, payload, payload_type, time_stamp)
                VALUES (?, 0, 'ProjectBudget', ?, convert_to(?, 'UTF8'), convert_to(?, 'UTF8'),
                    'io.ledgerline.billing.command.api.BudgetThresholdCrossedEvent', ?)""",
                projectId, eventId, metaData, "{\"projectId\":\"" + projectId + "\",\"thresholdPercent\":50,"
                        + "\"dimension\":\"HOURS\",\"period\":\"2020-01\",\"used\":2,\"budget\":4}",
                Instant.parse("2020-01-31T12:00:00Z").toString());
        return eventId;
    }

    private String metaData(String eventId) {
        return jdbc.queryForObject("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry "
                + "WHERE event_identifier = ?", String.class, eventId);
    }
}
