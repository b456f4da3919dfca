/**
 * The published language of task-service: the integration events it puts on {@code ledgerline.task.v1}, one record
 * per type, each described by a JSON Schema under {@code ledgerline/schemas/}.
 */
package io.ledgerline.task.api;
