package io.ledgerline.gateway.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The issuer's signing keys, cached and fetched at most twice per {@link #MIN_REFETCH_INTERVAL}: Spring's reactive
 * decoder fetches the whole key set again for every token whose {@code kid} it does not know, so a flood of made-up
 * key ids would turn the gateway into an amplifier onto the identity provider. Nimbus' {@link JWKSourceBuilder}
 * keeps the set for {@link #CACHE_TIME_TO_LIVE} and refuses refreshes beyond its rate; a token whose key is not in
 * the set then simply finds no key (401), while a key set that cannot be fetched at all is 503.
 */
final class IssuerKeys {

    static final Duration CACHE_TIME_TO_LIVE = Duration.ofMinutes(5);
    static final Duration MIN_REFETCH_INTERVAL = Duration.ofSeconds(30);
    private static final Duration CACHE_REFRESH_TIMEOUT = Duration.ofSeconds(15);

    private final JWKSource<SecurityContext> keys;

    private IssuerKeys(JWKSource<SecurityContext> keys) {
        this.keys = keys;
    }

    static IssuerKeys at(String jwkSetUri) {
        try {
            return new IssuerKeys(JWKSourceBuilder.<SecurityContext>create(URI.create(jwkSetUri).toURL())
                    .cache(CACHE_TIME_TO_LIVE.toMillis(), CACHE_REFRESH_TIMEOUT.toMillis())
                    .refreshAheadCache(false)
                    .rateLimited(MIN_REFETCH_INTERVAL.toMillis())
                    .build());
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("Not a key set address: " + jwkSetUri, e);
        }
    }

    /** The {@code jwks_uri} of an OpenID Connect issuer's discovery document, which must name the same issuer. */
    static String discoverJwkSetUri(String issuer) {
        URI discovery = URI.create(issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration");
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(10)).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
            JsonNode document = new ObjectMapper().readTree(response.body());
            if (response.statusCode() != 200 || !issuer.equals(document.path("issuer").asText())) {
                throw new IllegalStateException(discovery + " does not describe the issuer " + issuer);
            }
            return document.path("jwks_uri").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + discovery, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted reading " + discovery, e);
        }
    }

    /** The keys that may have signed the token, looked up off the event loop since a fetch blocks. */
    Flux<JWK> candidates(SignedJWT jwt) {
        JWKMatcher matcher = JWKMatcher.forJWSHeader(jwt.getHeader());
        if (matcher == null) {
            return Flux.empty();
        }
        return Mono.fromCallable(() -> select(new JWKSelector(matcher)))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMapIterable(found -> found);
    }

    /** A key set that cannot be fetched fails the decoding (503); one fetched moments ago just lacks the key. */
    private List<JWK> select(JWKSelector selector) throws KeySourceException {
        try {
            return keys.get(selector, null);
        } catch (RateLimitReachedException refetchedRecently) {
            return List.of();
        }
    }
}
