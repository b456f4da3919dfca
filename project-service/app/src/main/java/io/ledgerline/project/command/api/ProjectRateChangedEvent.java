package io.ledgerline.project.command.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A rate changed from a date on; {@code userId} null is the project's default rate. */
public record ProjectRateChangedEvent(String projectId, String userId, BigDecimal hourlyRate, String currency,
                                      LocalDate effectiveFrom, int rateVersion) {
}
