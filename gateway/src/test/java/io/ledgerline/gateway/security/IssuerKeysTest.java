package io.ledgerline.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.test.StepVerifier;

/** The gateway's decoder fetches the issuer's key set once and at most twice more per 30 s, whatever the kids. */
class IssuerKeysTest {

    private final RSAKey key = key("published");
    private final AtomicInteger fetches = new AtomicInteger();
    private HttpServer issuer;

    @BeforeEach
    void startIssuer() throws Exception {
        issuer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] keys = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        issuer.createContext("/oauth2/jwks", exchange -> {
            fetches.incrementAndGet();
            exchange.sendResponseHeaders(200, keys.length);
            exchange.getResponseBody().write(keys);
            exchange.close();
        });
        issuer.start();
    }

    @AfterEach
    void stopIssuer() {
        issuer.stop(0);
    }

    @Test
    void twoHundredTokensWithUnknownKeyIdsFetchTheKeySetAtMostThreeTimes() {
        ReactiveJwtDecoder decoder = decoder();
        StepVerifier.create(decoder.decode(sign(key, key.getKeyID()))).expectNextCount(1).verifyComplete();

        for (int i = 0; i < 200; i++) {
            StepVerifier.create(decoder.decode(sign(key, "unknown-" + i))).expectError(BadJwtException.class)
                    .verify();
        }

        assertThat(fetches).as("the first fetch and at most two refetches in 30 s").hasValueBetween(1, 3);
        StepVerifier.create(decoder.decode(sign(key, key.getKeyID()))).expectNextCount(1).verifyComplete();
    }

    @Test
    void aKeySetThatCannotBeFetchedIsNotABadToken() {
        issuer.stop(0);

        StepVerifier.create(decoder().decode(sign(key, key.getKeyID())))
                .expectErrorSatisfies(error -> assertThat(error).isNotInstanceOf(BadJwtException.class)).verify();
    }

    private ReactiveJwtDecoder decoder() {
        OAuth2ResourceServerProperties properties = new OAuth2ResourceServerProperties();
        properties.getJwt().setJwkSetUri("http://127.0.0.1:" + issuer.getAddress().getPort() + "/oauth2/jwks");
        properties.getJwt().setAudiences(List.of("ledgerline"));
        return new JwtDecoderConfiguration().jwtDecoder(properties, 0);
    }

    private static String sign(RSAKey signingKey, String keyId) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId)
                    .build(), new JWTClaimsSet.Builder().subject("ada").audience("ledgerline")
                    .expirationTime(Date.from(Instant.now().plusSeconds(600))).jwtID(UUID.randomUUID().toString())
                    .build());
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey key(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
