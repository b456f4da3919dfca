/**
 * The plumbing every Ledgerline service shares, wired by Spring Boot auto-configuration: the Axon event store on
 * PostgreSQL ({@code eventstore}), who is calling and in which request ({@code context}), publication of integration
 * events to Kafka with the event store as the outbox ({@code outbox}), idempotent consumption of other services'
 * events ({@code inbox}) and the HTTP error conventions ({@code web}).
 */
package io.ledgerline.platform;
