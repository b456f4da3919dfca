/**
 * project-service: clients, projects and their billing settings, event-sourced with Axon in the {@code project}
 * schema and published on {@code ledgerline.project.v1}. Roles: {@code command} (aggregates), {@code command.api}
 * (internal commands and events), {@code query} (read models), {@code web} (REST), {@code integration}
 * (publication), {@code config} (wiring).
 */
package io.ledgerline.project;
