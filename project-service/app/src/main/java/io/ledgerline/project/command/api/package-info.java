/**
 * Internal commands and events of project-service: commands are what the web layer asks the aggregates for, events
 * are what the aggregates decided and what is stored. Events are never published as they are; {@code integration}
 * maps each to a record of {@code project-service/api}.
 */
package io.ledgerline.project.command.api;
