package io.ledgerline.project.command.api;

/** A client's details were replaced. */
public record ClientUpdatedEvent(String clientId, ClientDetails details) {
}
