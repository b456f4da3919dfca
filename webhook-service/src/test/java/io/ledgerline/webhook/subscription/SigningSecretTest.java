package io.ledgerline.webhook.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SigningSecretTest {

    @Test
    void generatesThirtyTwoRandomBytesInTheStandardWebhooksForm() {
        String secret = SigningSecret.generate();

        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(SigningSecret.generate()).isNotEqualTo(secret);
        assertThatNoException().isThrownBy(() -> SigningSecret.validate(secret));
    }

    @Test
    void keysTheStandardSignatureWithTheDecodedBytesOfAWhsecSecretAndTheUtf8BytesOfAnyOther() {
        byte[] key = new byte[24];
        key[0] = 7;

        assertThat(SigningSecret.standardKey("whsec_" + Base64.getEncoder().encodeToString(key))).isEqualTo(key);
        assertThat(SigningSecret.standardKey("a-long-random-secret"))
                .isEqualTo("a-long-random-secret".getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"whsec_not base64 at all", "whsec_c2hvcnQ=", "whsec_"})
    void refusesASecretThatClaimsTheStandardFormWithoutBeingIt(String secret) {
        assertThatThrownBy(() -> SigningSecret.validate(secret)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whsec_");
    }
}
