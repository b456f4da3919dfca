package io.ledgerline.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The gateway verifies a token's signature once; its expiry on every request. */
class VerifiedTokensTest {

    private static final RSAKey KEY = key();
    private static final Instant NOW = Instant.now();

    private final AtomicInteger verifications = new AtomicInteger();

    @Test
    void aTokenIsVerifiedOnceAndServesEveryFurtherRequest() throws Exception {
        VerifiedTokens tokens = tokens(Clock.fixed(NOW, ZoneOffset.UTC));
        String token = sign("ada", KEY);

        StepVerifier.create(tokens.decode(token)).assertNext(jwt -> assertThat(jwt.getSubject()).isEqualTo("ada"))
                .verifyComplete();
        StepVerifier.create(tokens.decode(token)).assertNext(jwt -> assertThat(jwt.getSubject()).isEqualTo("ada"))
                .verifyComplete();

        assertThat(verifications).hasValue(1);
        assertThat(tokens.remembers(token)).isTrue();
    }

    @Test
    void aRememberedTokenIsRefusedOnceItHasExpired() throws Exception {
        String token = sign("ada", KEY);
        JwtTimestampValidator expiry = new JwtTimestampValidator();
        VerifiedTokens tokens = new VerifiedTokens(counting(expiry), expiry, 100);
        expiry.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
        tokens.decode(token).block();

        expiry.setClock(Clock.fixed(NOW.plus(Duration.ofMinutes(20)), ZoneOffset.UTC));

        StepVerifier.create(tokens.decode(token)).expectError(JwtValidationException.class).verify();
        assertThat(tokens.remembers(token)).isFalse();
        assertThat(verifications).hasValue(1);
    }

    @Test
    void aTokenThatFailsVerificationIsNeverRemembered() throws Exception {
        VerifiedTokens tokens = tokens(Clock.fixed(NOW, ZoneOffset.UTC));
        String forged = sign("mallory", key());

        StepVerifier.create(tokens.decode(forged)).expectError(BadJwtException.class).verify();
        StepVerifier.create(tokens.decode(forged)).expectError(BadJwtException.class).verify();

        assertThat(verifications).hasValue(2);
        assertThat(tokens.remembers(forged)).isFalse();
    }

    private VerifiedTokens tokens(Clock clock) {
        JwtTimestampValidator expiry = new JwtTimestampValidator();
        expiry.setClock(clock);
        return new VerifiedTokens(counting(expiry), expiry, 100);
    }

    private ReactiveJwtDecoder counting(JwtTimestampValidator expiry) {
        try {
            NimbusReactiveJwtDecoder nimbus = NimbusReactiveJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
            nimbus.setJwtValidator(expiry);
            return token -> Mono.defer(() -> {
                verifications.incrementAndGet();
                return nimbus.decode(token);
            });
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(String subject, RSAKey key) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject).issueTime(Date.from(NOW))
                .expirationTime(Date.from(NOW.plus(Duration.ofMinutes(15)))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static RSAKey key() {
        try {
            return new RSAKeyGenerator(2048).keyID("test").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
