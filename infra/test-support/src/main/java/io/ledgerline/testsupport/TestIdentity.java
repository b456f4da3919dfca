package io.ledgerline.testsupport;

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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A real token issuer for tests: an RSA key whose public half is served as a JWK set over HTTP on loopback, and
 * signed JWTs with Ledgerline's claims. Services validate them exactly as they validate tokens of a production
 * OpenID Connect provider. One per test JVM.
 */
public final class TestIdentity {

    /** The audience services expect. */
    public static final String AUDIENCE = "ledgerline";

    private static TestIdentity instance;

    private final RSAKey key;
    private final HttpServer server;
    private final AtomicInteger jwkSetFetches = new AtomicInteger();

    private TestIdentity() {
        try {
            key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/oauth2/jwks", exchange -> {
            jwkSetFetches.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        server.start();
        ShutdownHooks.register("test identity", () -> server.stop(0));
    }

    /** The issuer of this JVM, started on first use. */
    public static synchronized TestIdentity instance() {
        if (instance == null) {
            instance = new TestIdentity();
        }
        return instance;
    }

    /** The {@code iss} of every token. */
    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Where the signing key is published. */
    public String jwkSetUri() {
        return issuer() + "/oauth2/jwks";
    }

    /** A valid access token for a user of a tenant with the given roles. */
    public String token(String tenant, String subject, String... roles) {
        return token(claims -> claims.claim("tenant", tenant).subject(subject).claim("roles", List.of(roles)));
    }

    /** A token with the standard claims, changed by {@code customizer} (for expired, foreign or odd tokens). */
    public String token(UnaryOperator<JWTClaimsSet.Builder> customizer) {
        return sign(customizer.apply(standardClaims()).build(), key);
    }

    /** A token with valid claims signed by a key nobody published. */
    public String tokenSignedByAnotherKey(String tenant, String subject, String... roles) {
        try {
            RSAKey stranger = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
            return sign(standardClaims().claim("tenant", tenant).subject(subject).claim("roles", List.of(roles))
                    .build(), stranger);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token with valid claims whose header names a key id nobody published, a new one each call. */
    public String tokenWithAnUnknownKeyId(String tenant, String subject, String... roles) {
        JWTClaimsSet claims = standardClaims().claim("tenant", tenant).subject(subject)
                .claim("roles", List.of(roles)).build();
        return sign(claims, key, UUID.randomUUID().toString());
    }

    /** How often the key set has been fetched from this issuer. */
    public int jwkSetFetches() {
        return jwkSetFetches.get();
    }

    private JWTClaimsSet.Builder standardClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(issuer()).audience(AUDIENCE).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15)))).jwtID(UUID.randomUUID().toString());
    }

    private static String sign(JWTClaimsSet claims, RSAKey signingKey) {
        return sign(claims, signingKey, signingKey.getKeyID());
    }

    private static String sign(JWTClaimsSet claims, RSAKey signingKey, String keyId) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(), claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
