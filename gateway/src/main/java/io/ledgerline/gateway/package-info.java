/**
 * Ledgerline's one entry point: a Spring Cloud Gateway that routes {@code /api/v1/**} and each
 * service's OpenAPI document to the owning service. The routes themselves live in
 * {@code application.yml}; the request id, body limit and problem responses live in {@code web}.
 */
package io.ledgerline.gateway;
