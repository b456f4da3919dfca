package io.ledgerline.platform.security;

import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;

/** Expiry, issuer, audience and a tenant: what every accepted token must have. */
final class TokenValidators {

    private TokenValidators() {
    }

    static OAuth2TokenValidator<Jwt> of(LedgerlineSecurityProperties properties) {
        return new DelegatingOAuth2TokenValidator<>(List.of(
                JwtValidators.createDefaultWithIssuer(properties.issuerUri()),
                require(jwt -> jwt.getAudience() != null && jwt.getAudience().contains(properties.audience()),
                        "the token is not for audience " + properties.audience()),
                require(jwt -> jwt.getClaimAsString(JwtCallerResolver.TENANT_CLAIM) != null
                        && !jwt.getClaimAsString(JwtCallerResolver.TENANT_CLAIM).isBlank(),
                        "the token names no tenant")));
    }

    private static OAuth2TokenValidator<Jwt> require(java.util.function.Predicate<Jwt> check, String failure) {
        return jwt -> check.test(jwt) ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", failure, null));
    }
}
