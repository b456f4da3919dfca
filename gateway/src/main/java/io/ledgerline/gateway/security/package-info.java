/**
 * Who may pass the gateway: every request under {@code /api/v1/**} needs a JWT signed by the configured issuer's
 * keys, issued by it, unexpired and meant for Ledgerline's audience; {@code /api/v1/ops/**} needs the platform
 * operator's role ({@code operator}, held by no tenant account). Probes, metrics and the API docs stay open.
 * Refusals are {@code application/problem+json} (401, 403), and the {@code Authorization} header travels on
 * unchanged, since every service checks the token again.
 */
package io.ledgerline.gateway.security;
