/**
 * The project-service aggregates, {@code Client} and {@code Project}: every rule about clients, projects, members,
 * rates, budgets and the project life cycle is decided here, in command handlers, before any event is applied. Each
 * aggregate records its tenant when created and answers every other tenant as if it did not exist.
 */
package io.ledgerline.project.command;
