package io.ledgerline.billing.integration;

import io.ledgerline.platform.inbox.Subscription;
import io.ledgerline.project.api.ClientRegistered;
import io.ledgerline.project.api.ClientUpdated;
import io.ledgerline.project.api.ProjectBudgetChanged;
import io.ledgerline.project.api.ProjectCreated;
import io.ledgerline.project.api.ProjectEvents;
import io.ledgerline.project.api.ProjectMemberAdded;
import io.ledgerline.project.api.ProjectRateChanged;
import io.ledgerline.billing.query.BillingDirectory;
import io.ledgerline.billing.query.ClientRecord;
import io.ledgerline.billing.query.PricedLedger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Learns clients, projects, rates and budgets from project-service's events. A rate that changes prices the project's
 * unbilled entries again; a budget that changes is checked against its burn at once. Each effect is stored in the
 * inbox's transaction with the event's dedup row.
 */
@Configuration
class ProjectBillingSubscription {

    @Bean
    Subscription projectBilling(BillingDirectory directory, PricedLedger ledger, BudgetAlerts alerts) {
        return Subscription.named("project-billing", ProjectEvents.CATALOG)
                .on(ClientRegistered.class, event -> {
                    ClientRegistered c = event.data();
                    directory.client(event.caller().tenant(), c.clientId(), new ClientRecord(c.name(), c.currency(),
                            c.paymentTermsDays(), c.defaultTaxRate(), c.billingAddress(), c.vatId(),
                            c.buyerReference(), c.invoiceEmail()));
                })
                .on(ClientUpdated.class, event -> {
                    ClientUpdated c = event.data();
                    directory.client(event.caller().tenant(), c.clientId(), new ClientRecord(c.name(), c.currency(),
                            c.paymentTermsDays(), c.defaultTaxRate(), c.billingAddress(), c.vatId(),
                            c.buyerReference(), c.invoiceEmail()));
                })
                .on(ProjectCreated.class, event -> {
                    ProjectCreated project = event.data();
                    String tenant = event.caller().tenant();
                    directory.projectCreated(tenant, project.projectId(), project.clientId(), project.name(),
                            project.code(), project.billingMode().name(), project.currency(),
                            project.defaultHourlyRate(), project.fixedFee());
                    ledger.repriceProject(tenant, project.projectId());
                })
                .on(ProjectMemberAdded.class, event -> {
                    ProjectMemberAdded member = event.data();
                    directory.memberRate(member.projectId(), member.userId(), member.hourlyRate());
                    reprice(ledger, alerts, event.caller().tenant(), member.projectId());
                })
                .on(ProjectRateChanged.class, event -> {
                    ProjectRateChanged rate = event.data();
                    directory.rateChanged(rate.projectId(), rate.userId(), rate.hourlyRate(), rate.effectiveFrom(),
                            rate.rateVersion());
                    reprice(ledger, alerts, event.caller().tenant(), rate.projectId());
                })
                .on(ProjectBudgetChanged.class, event -> {
                    ProjectBudgetChanged budget = event.data();
                    directory.budgetChanged(event.caller().tenant(), budget.projectId(), budget.hours(),
                            budget.amount(), budget.resetsMonthly());
                    alerts.check(event.caller().tenant(), budget.projectId(), null);
                });
    }

    private static void reprice(PricedLedger ledger, BudgetAlerts alerts, String tenant, String projectId) {
        ledger.repriceProject(tenant, projectId);
        alerts.check(tenant, projectId, null);
    }
}
