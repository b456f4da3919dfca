package io.ledgerline.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerline.testsupport.TestIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** A signature is verified once per token; expiry and the other claims on every request. */
class VerifiedTokensTest {

    private final TestIdentity identity = TestIdentity.instance();
    private final MovableClock clock = new MovableClock();
    private final AtomicInteger verifications = new AtomicInteger();
    private final VerifiedTokens tokens = tokens();

    @Test
    void aTokenIsVerifiedOnceAndServesEveryFurtherRequest() {
        String token = identity.token("acme", "ada", "admin");

        assertThat(tokens.decode(token).getSubject()).isEqualTo("ada");
        assertThat(tokens.decode(token).getSubject()).isEqualTo("ada");
        assertThat(tokens.decode(identity.token("acme", "bob", "member")).getSubject()).isEqualTo("bob");

        assertThat(verifications).hasValue(2);
        assertThat(tokens.remembers(token)).isTrue();
    }

    @Test
    void aRememberedTokenIsRefusedOnceItHasExpiredAndForgotten() {
        String token = identity.token("acme", "ada", "admin");
        tokens.decode(token);

        clock.advance(Duration.ofMinutes(20));

        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThat(tokens.remembers(token)).isFalse();
        assertThat(verifications).hasValue(1);
    }

    @Test
    void aTokenThatFailsVerificationIsNeverRemembered() {
        String forged = identity.tokenSignedByAnotherKey("acme", "mallory", "admin");

        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(BadJwtException.class);

        assertThat(verifications).hasValue(2);
        assertThat(tokens.remembers(forged)).isFalse();
    }

    private VerifiedTokens tokens() {
        JwtTimestampValidator expiry = new JwtTimestampValidator();
        expiry.setClock(clock);
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withJwkSetUri(identity.jwkSetUri()).build();
        nimbus.setJwtValidator(expiry);
        JwtDecoder counting = token -> {
            verifications.incrementAndGet();
            return nimbus.decode(token);
        };
        return new VerifiedTokens(counting, expiry, 100);
    }

    /** Now, until a test moves it forward. */
    private static final class MovableClock extends Clock {

        private Instant now = Instant.now();

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
