package io.ledgerline.project.command.api;

import io.ledgerline.project.api.ProjectRole;
import java.math.BigDecimal;

/** Someone joined a project; {@code hourlyRate} is their personal rate, if any. */
public record ProjectMemberAddedEvent(String projectId, String userId, ProjectRole role, BigDecimal hourlyRate,
                                      String currency) {
}
