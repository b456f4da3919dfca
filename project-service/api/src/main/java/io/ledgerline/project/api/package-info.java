/**
 * The published language of project-service: the integration events it puts on {@code ledgerline.project.v1}, one
 * record per type, each described by a JSON Schema under {@code ledgerline/schemas/}. Consumers depend on this module
 * only, never on the service itself.
 */
package io.ledgerline.project.api;
