package io.ledgerline.project.api;

import io.ledgerline.contract.EventType;
import io.ledgerline.contract.IntegrationEvent;
import java.math.BigDecimal;

/**
 * Someone joined a project.
 *
 * @param projectId  the project
 * @param userId     the member's user id
 * @param role       MANAGER or MEMBER
 * @param hourlyRate the member's personal hourly rate in the project's currency, if any (else the project's)
 * @param currency   ISO 4217 code of the project
 */
@EventType("ledgerline.project.ProjectMemberAdded.v1")
public record ProjectMemberAdded(String projectId, String userId, ProjectRole role, BigDecimal hourlyRate,
                                 String currency) implements IntegrationEvent {
}
