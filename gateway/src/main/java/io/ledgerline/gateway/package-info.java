/**
 * Ledgerline's one entry point: a Spring Cloud Gateway that routes {@code /api/v1/**} and each
 * service's OpenAPI document to the owning service. The routes themselves live in
 * {@code application.yml} (with their timeouts, circuit breakers and GET retries); the request id, body limit
 * and problem responses live in {@code web}, token checks and CORS in {@code security}, the per-principal rate
 * limit in {@code ratelimit}.
 */
package io.ledgerline.gateway;
