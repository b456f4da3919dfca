package io.ledgerline.platform.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The issuer's signing keys, cached for five minutes and fetched at most twice per
 * 30 s. Spring's {@code NimbusJwtDecoder.withJwkSetUri} builds its key source with
 * {@code rateLimited(false)}, so every token naming an unknown {@code kid} made the service fetch the whole key set
 * again: an unauthenticated amplification onto the identity provider. Here a token whose key is not in a set fetched
 * moments ago finds no key (401); a set that cannot be fetched at all is still an authentication service failure
 * (503).
 */
record IssuerKeys(JWKSource<SecurityContext> keys) implements JWKSource<SecurityContext> {

    private static final long CACHE_TIME_TO_LIVE_MS = Duration.ofMinutes(5).toMillis();
    private static final long CACHE_REFRESH_TIMEOUT_MS = Duration.ofSeconds(15).toMillis();
    private static final long MIN_REFETCH_INTERVAL_MS = Duration.ofSeconds(30).toMillis();

    /** An RS256 decoder over the keys published at the address; claims are left to the caller's validator. */
    static NimbusJwtDecoder decoder(String jwkSetUri) {
        URL address;
        try {
            address = URI.create(jwkSetUri).toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("ledgerline.security.jwk-set-uri is not an address: " + jwkSetUri, e);
        }
        JWKSource<SecurityContext> cached = JWKSourceBuilder.<SecurityContext>create(address)
                .refreshAheadCache(false)
                .cache(CACHE_TIME_TO_LIVE_MS, CACHE_REFRESH_TIMEOUT_MS)
                .rateLimited(MIN_REFETCH_INTERVAL_MS).build();
        JWSVerificationKeySelector<SecurityContext> selector =
                new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new IssuerKeys(cached));
        return NimbusJwtDecoder.withJwkSetUri(jwkSetUri)
                .jwtProcessorCustomizer(processor -> processor.setJWSKeySelector(selector))
                .build();
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
        try {
            return keys.get(selector, context);
        } catch (RateLimitReachedException refetchedRecently) {
            return List.of();
        }
    }
}
