package io.ledgerline.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Verifies a token's signature once and remembers it: checking the RSA signature of the same token on every
 * request was a quarter of the gateway's CPU under load. Expiry, issuer and audience are validated again on each
 * request, and an entry lives at most {@link #REMEMBERED}, so a remembered token is refused once it expires.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

    static final Duration REMEMBERED = Duration.ofMinutes(10);

    private final ReactiveJwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Cache<String, Jwt> verified;

    VerifiedTokens(ReactiveJwtDecoder verifier, OAuth2TokenValidator<Jwt> validator, int capacity) {
        this.verifier = verifier;
        this.validator = validator;
        this.verified = Caffeine.newBuilder().maximumSize(capacity).expireAfterWrite(REMEMBERED).build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt remembered = verified.getIfPresent(token);
        if (remembered == null) {
            return verifier.decode(token).doOnNext(jwt -> verified.put(token, jwt));
        }
        OAuth2TokenValidatorResult result = validator.validate(remembered);
        if (result.hasErrors()) {
            verified.invalidate(token);
            return Mono.error(new JwtValidationException(result.getErrors().iterator().next().getDescription(),
                    result.getErrors()));
        }
        return Mono.just(remembered);
    }

    boolean remembers(String token) {
        return verified.getIfPresent(token) != null;
    }
}
