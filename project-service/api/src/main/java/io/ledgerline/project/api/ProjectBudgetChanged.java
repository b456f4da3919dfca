package io.ledgerline.project.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;
import java.math.BigDecimal;

/**
 * A project's budget was set or changed; absent limits mean none.
 *
 * @param projectId     the project
 * @param hours         the budget in hours, if any
 * @param amount        the budget in money, if any
 * @param currency      ISO 4217 code of the project
 * @param resetsMonthly whether the budget applies per calendar month rather than for the whole project
 */
@EventType("ledgerline.project.ProjectBudgetChanged.v1")
public record ProjectBudgetChanged(String projectId, BigDecimal hours, BigDecimal amount, String currency,
                                   boolean resetsMonthly) implements IntegrationEvent {
}
