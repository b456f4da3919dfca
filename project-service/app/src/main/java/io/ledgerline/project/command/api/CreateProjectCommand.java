package io.ledgerline.project.command.api;

import io.ledgerline.project.api.BillingMode;
import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create a project under an active client; it starts ACTIVE. {@code currency} null means the client's. */
public record CreateProjectCommand(@TargetAggregateIdentifier String projectId, String clientId, String name,
                                   String code, BillingMode billingMode, String currency,
                                   BigDecimal defaultHourlyRate, BigDecimal fixedFee) {
}
