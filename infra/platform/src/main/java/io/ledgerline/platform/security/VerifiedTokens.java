package io.ledgerline.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Verifies a token's signature once and remembers the result: a caller sends the same token with every request, and
 * checking its RSA signature each time was the largest single cost of a request (profiled under load). The claims
 * (expiry above all) are validated again on every request, so a remembered token stops working when it expires.
 * Entries are dropped after {@link #REMEMBERED} at the latest, which bounds how long a token signed by a key the
 * issuer has since withdrawn stays accepted to no more than its own lifetime allows anyway.
 */
final class VerifiedTokens implements JwtDecoder {

    static final Duration REMEMBERED = Duration.ofMinutes(10);

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Cache<String, Jwt> verified;

    VerifiedTokens(JwtDecoder verifier, OAuth2TokenValidator<Jwt> validator, int capacity) {
        this.verifier = verifier;
        this.validator = validator;
        this.verified = Caffeine.newBuilder().maximumSize(capacity).expireAfterWrite(REMEMBERED).build();
    }

    @Override
    public Jwt decode(String token) {
        Jwt remembered = verified.getIfPresent(token);
        if (remembered == null) {
            Jwt jwt = verifier.decode(token);
            verified.put(token, jwt);
            return jwt;
        }
        OAuth2TokenValidatorResult result = validator.validate(remembered);
        if (result.hasErrors()) {
            verified.invalidate(token);
            throw new JwtValidationException(result.getErrors().iterator().next().getDescription(),
                    result.getErrors());
        }
        return remembered;
    }

    /** Visible for tests: whether the token's verification is remembered. */
    boolean remembers(String token) {
        return verified.getIfPresent(token) != null;
    }
}
