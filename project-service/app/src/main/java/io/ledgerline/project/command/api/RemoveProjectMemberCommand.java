package io.ledgerline.project.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Remove someone from a project. */
public record RemoveProjectMemberCommand(@TargetAggregateIdentifier String projectId, String userId,
                                         @TargetAggregateVersion Long expectedVersion) {
}
