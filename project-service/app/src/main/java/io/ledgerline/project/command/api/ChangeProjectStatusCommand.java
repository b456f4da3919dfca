package io.ledgerline.project.command.api;

import io.ledgerline.project.api.ProjectStatus;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Move a project to another status, if the transition is allowed. */
public record ChangeProjectStatusCommand(@TargetAggregateIdentifier String projectId, ProjectStatus status,
                                         @TargetAggregateVersion Long expectedVersion) {
}
