package io.ledgerline.project.command.api;

/** Someone left a project. */
public record ProjectMemberRemovedEvent(String projectId, String userId) {
}
