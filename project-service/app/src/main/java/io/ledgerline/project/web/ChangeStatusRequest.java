package io.ledgerline.project.web;

import io.ledgerline.project.api.ProjectStatus;
import jakarta.validation.constraints.NotNull;

/** The body of {@code PUT /api/v1/projects/{id}/status}. */
record ChangeStatusRequest(@NotNull ProjectStatus status) {
}
