package io.ledgerline.project.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An hourly rate changed from a date on; earlier rates stay in force for earlier dates.
 *
 * @param projectId     the project
 * @param userId        the member whose personal rate changed, or absent for the project's default rate
 * @param hourlyRate    the new rate
 * @param currency      ISO 4217 code of the project
 * @param effectiveFrom the first date (in the tenant's time zone) the rate applies to
 * @param rateVersion   increases with every rate change of the project, for invoice lineage
 */
@EventType("ledgerline.project.ProjectRateChanged.v1")
public record ProjectRateChanged(String projectId, String userId, BigDecimal hourlyRate, String currency,
                                 LocalDate effectiveFrom, int rateVersion) implements IntegrationEvent {
}
