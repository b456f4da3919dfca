package io.ledgerline.project.command.api;

import io.ledgerline.project.api.BillingMode;
import java.math.BigDecimal;

/** A project was created. */
public record ProjectCreatedEvent(String projectId, String clientId, String name, String code,
                                  BillingMode billingMode, String currency, BigDecimal defaultHourlyRate,
                                  BigDecimal fixedFee) {
}
