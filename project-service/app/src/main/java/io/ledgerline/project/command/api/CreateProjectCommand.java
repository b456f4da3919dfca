package io.ledgerline.project.command.api;

import io.ledgerline.project.api.BillingMode;
import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Create a project under an active client; it starts ACTIVE. {@code currency} null means the client's.
 * {@code firstManager}, when given, is the project's first MANAGER member: the manager who creates a project manages
 * it (an admin creating one appoints managers afterwards).
 */
public record CreateProjectCommand(@TargetAggregateIdentifier String projectId, String clientId, String name,
                                   String code, BillingMode billingMode, String currency,
                                   BigDecimal defaultHourlyRate, BigDecimal fixedFee, String firstManager) {
}
