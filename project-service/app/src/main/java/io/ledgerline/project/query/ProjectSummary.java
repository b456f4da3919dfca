package io.ledgerline.project.query;

import io.ledgerline.platform.security.MoneyField;
import io.ledgerline.project.api.BillingMode;
import io.ledgerline.project.api.ProjectStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A project as the API shows it, with the rates in force on the day it is read (or was, for an as-of read). Its
 * money (default rate, fixed fee, budget amount, members' rates) is left out for callers without money rights.
 */
public record ProjectSummary(String projectId, String clientId, String name, String code, BillingMode billingMode,
                             String currency, @MoneyField BigDecimal defaultHourlyRate,
                             @MoneyField BigDecimal fixedFee, ProjectStatus status, ProjectBudget budget,
                             List<ProjectMember> members, long version, Instant createdAt) {
}
