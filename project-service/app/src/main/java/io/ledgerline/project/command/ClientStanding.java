package io.ledgerline.project.command;

/** What a new project needs to know of its client: the currency it defaults to and whether it takes projects. */
record ClientStanding(String currency, boolean active) {
}
