/**
 * Axon's JDBC storage engine on PostgreSQL: the event, snapshot, token, saga and dead-letter tables are created by
 * Flyway ({@code db/platform}) with {@code bytea} columns, so no large object is ever written, and their names are
 * spelled out here so that SQL, Flyway and Axon agree. Streaming processors get segments enough for two instances
 * to share them ({@code ProcessorScaling}).
 */
package io.ledgerline.platform.eventstore;
