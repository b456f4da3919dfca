package io.ledgerline.project.command.api;

import io.ledgerline.project.api.ProjectRole;
import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Add someone to a project, with an optional personal hourly rate. */
public record AddProjectMemberCommand(@TargetAggregateIdentifier String projectId, String userId, ProjectRole role,
                                      BigDecimal hourlyRate, @TargetAggregateVersion Long expectedVersion) {
}
