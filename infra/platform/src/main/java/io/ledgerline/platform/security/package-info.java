/**
 * Every service is an OAuth2 resource server (zero trust: a request that skips the gateway is checked all the
 * same). Access tokens are JWTs from any OpenID Connect provider, validated against its JWK set, issuer and the
 * {@code ledgerline} audience; the tenant comes from the signed {@code tenant} claim, the actor from {@code sub},
 * roles from {@code roles} and integration scopes from {@code scope}.
 */
package io.ledgerline.platform.security;
