/**
 * Ledgerline's local identity provider: a Spring Authorization Server that issues RS256-signed JWT access
 * tokens carrying the caller's tenant and roles. It stands in for whatever OpenID Connect provider a firm
 * runs; the gateway and the services only ever see its tokens and its published keys. The wiring lives in
 * {@code config}.
 */
package io.ledgerline.identity;
