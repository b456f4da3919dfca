package io.ledgerline.project.command.api;

/** A client was registered. */
public record ClientRegisteredEvent(String clientId, ClientDetails details) {
}
