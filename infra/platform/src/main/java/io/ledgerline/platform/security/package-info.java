/**
 * Every service is an OAuth2 resource server (zero trust: a request that skips the gateway is checked all the
 * same). Access tokens are JWTs from any OpenID Connect provider, validated against its JWK set, issuer and the
 * {@code ledgerline} audience; the tenant comes from the signed {@code tenant} claim, the actor from {@code sub},
 * roles from {@code roles} and integration scopes from {@code scope}. Who may call what is each service's
 * {@link io.ledgerline.platform.security.ApiPolicy}: request matchers before any controller, project-scoped grants
 * decided from the service's {@link io.ledgerline.platform.security.ProjectScope} before the handler, and
 * {@link io.ledgerline.platform.security.MoneyField}s left out for callers without money rights.
 */
package io.ledgerline.platform.security;
