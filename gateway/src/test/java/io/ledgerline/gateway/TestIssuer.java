package io.ledgerline.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
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
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real OpenID Connect issuer for the gateway's tests: a JDK HTTP server publishing a discovery document and the
 * JWKS of an RSA key, and a minter of tokens signed with that key, shaped like Ledgerline's identity provider
 * issues them, or deliberately wrong (unsigned, foreign key, expired, other issuer or audience).
 */
final class TestIssuer {

    static final TestIssuer INSTANCE = new TestIssuer();

    private final RSAKey key = newKey("test-key");
    private final RSAKey foreignKey = newKey("test-key"); // same key id, different key
    private final HttpServer server;
    private final AtomicInteger jwkSetFetches = new AtomicInteger();

    private TestIssuer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/.well-known/openid-configuration", exchange -> json(exchange,
                "{\"issuer\":\"" + url() + "\",\"jwks_uri\":\"" + jwkSetUri() + "\"}"));
        server.createContext("/oauth2/jwks", exchange -> {
            jwkSetFetches.incrementAndGet();
            json(exchange, new JWKSet(key.toPublicJWK()).toString());
        });
        server.start();
    }

    /** Points the gateway under test at this issuer. */
    static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", INSTANCE::url);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", INSTANCE::jwkSetUri);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String jwkSetUri() {
        return url() + "/oauth2/jwks";
    }

    /** A valid token for a user of a tenant with the given roles. */
    String token(String subject, String tenant, String... roles) {
        return sign(claims(subject, tenant, roles).build(), key);
    }

    /** A token for the user, its claims changed as given. */
    String token(String subject, UnaryOperator<JWTClaimsSet.Builder> change) {
        return sign(change.apply(claims(subject, "acme", "member")).build(), key);
    }

    String signedByAForeignKey(String subject) {
        return sign(claims(subject, "acme", "admin").build(), foreignKey);
    }

    /** A token naming a key id the issuer never published, a new one each call. */
    String signedWithAnUnknownKeyId(String subject) {
        return sign(claims(subject, "acme", "member").build(), key, UUID.randomUUID().toString());
    }

    /** How often the key set was fetched since this issuer started. */
    int jwkSetFetches() {
        return jwkSetFetches.get();
    }

    String unsigned(String subject) {
        return new PlainJWT(claims(subject, "acme", "admin").build()).serialize(); // alg none
    }

    private JWTClaimsSet.Builder claims(String subject, String tenant, String... roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(url())
                .subject(subject)
                .audience("ledgerline")
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .jwtID(UUID.randomUUID().toString())
                .claim("tenant", tenant)
                .claim("roles", List.of(roles))
                .claim("scope", List.of("api"));
    }

    private static String sign(JWTClaimsSet claims, RSAKey signingKey) {
        return sign(claims, signingKey, signingKey.getKeyID());
    }

    private static String sign(JWTClaimsSet claims, RSAKey signingKey, String keyId) {
        try {
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build();
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey newKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
