package io.ledgerline.project.command.api;

/** A client was archived. */
public record ClientArchivedEvent(String clientId) {
}
