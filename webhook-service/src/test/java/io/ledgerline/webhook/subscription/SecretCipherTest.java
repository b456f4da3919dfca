package io.ledgerline.webhook.subscription;

import static io.ledgerline.webhook.WebhookFixtures.OTHER_SECRET_KEY;
import static io.ledgerline.webhook.WebhookFixtures.SECRET;
import static io.ledgerline.webhook.WebhookFixtures.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretCipherTest {

    private final SecretCipher cipher = SecretCipher.fromBase64(SECRET_KEY);

    @Test
    void sealsWithoutTheSecretInTheClearAndOpensItAgain() {
        byte[] sealed = cipher.seal(SECRET, "w-1");

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
        assertThat(cipher.open(sealed, "w-1")).isEqualTo(SECRET);
        assertThat(cipher.seal(SECRET, "w-1")).as("a fresh nonce each time").isNotEqualTo(sealed);
    }

    @Test
    void aWrongKeyFailsLoudlyNamingTheSetting() {
        byte[] sealed = cipher.seal(SECRET, "w-1");

        assertThatThrownBy(() -> SecretCipher.fromBase64(OTHER_SECRET_KEY).open(sealed, "w-1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LEDGERLINE_WEBHOOKS_SECRETKEY").hasMessageContaining("not the one");
    }

    @Test
    void aSealedSecretCopiedOntoAnotherWebhookDoesNotOpen() {
        byte[] sealed = cipher.seal(SECRET, "w-1");

        assertThatThrownBy(() -> cipher.open(sealed, "w-2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDamagedValueDoesNotOpen() {
        byte[] sealed = cipher.seal(SECRET, "w-1");
        sealed[sealed.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.open(sealed, "w-1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.open(SECRET.getBytes(StandardCharsets.UTF_8), "w-1"))
                .as("a plaintext secret is not taken for a sealed one").isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "not base64!", "c2hvcnQ=",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void refusesAMissingOrMalformedKeyWithAMessageSayingWhatToSet(String key) {
        assertThatThrownBy(() -> SecretCipher.fromBase64(key)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ledgerline.webhooks.secret-key");
    }

    @Test
    void acceptsA32ByteKey() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);

        assertThat(SecretCipher.fromBase64(key).open(SecretCipher.fromBase64(key).seal("s", "w"), "w"))
                .isEqualTo("s");
    }
}
