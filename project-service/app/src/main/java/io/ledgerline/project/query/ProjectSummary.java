package io.ledgerline.project.query;

import io.ledgerline.project.api.BillingMode;
import java.math.BigDecimal;
import java.time.Instant;

/** A project as the API shows it. */
public record ProjectSummary(String projectId, String clientId, String name, String code, BillingMode billingMode,
                             String currency, BigDecimal defaultHourlyRate, BigDecimal fixedFee, String status,
                             long version, Instant createdAt) {
}
