package io.ledgerline.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerline.testsupport.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** A service's decoder fetches the issuer's key set once, and at most twice more per 30 s whatever the kids. */
class IssuerKeysTest {

    private static final TestIdentity ISSUER = TestIdentity.instance();

    @Test
    void twoHundredTokensWithUnknownKeyIdsFetchTheKeySetAtMostThreeTimes() {
        JwtDecoder decoder = IssuerKeys.decoder(ISSUER.jwkSetUri());
        int before = ISSUER.jwkSetFetches();
        assertThat(decoder.decode(ISSUER.token("acme", "ada", "member")).getSubject()).isEqualTo("ada");

        for (int i = 0; i < 200; i++) {
            String unknownKey = ISSUER.tokenWithAnUnknownKeyId("acme", "mallory", "admin");
            assertThatThrownBy(() -> decoder.decode(unknownKey)).isInstanceOf(BadJwtException.class);
        }

        assertThat(ISSUER.jwkSetFetches() - before).as("the first fetch and at most two refetches in 30 s")
                .isBetween(1, 3);
        assertThat(decoder.decode(ISSUER.token("acme", "ada", "member")).getSubject()).isEqualTo("ada");
    }

    @Test
    void aKeySetThatCannotBeFetchedIsNotABadToken() {
        JwtDecoder decoder = IssuerKeys.decoder("http://127.0.0.1:9/oauth2/jwks");

        assertThatThrownBy(() -> decoder.decode(ISSUER.token("acme", "ada", "member")))
                .isInstanceOf(JwtException.class).isNotInstanceOf(BadJwtException.class);
    }
}
