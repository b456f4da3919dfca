package io.ledgerline.webhook.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void signsTimestampDotBodyWithHmacSha256() {
        // expected value computed independently: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac secret
        String header = WebhookSignature.header("secret", 1_700_000_000L, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));

        assertThat(header).isEqualTo("t=1700000000,v1=" + OPENSSL_VALUE);
    }

    @Test
    void anotherTimestampOrBodyGivesAnotherSignature() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

        assertThat(WebhookSignature.header("secret", 1, body)).isNotEqualTo(WebhookSignature.header("secret", 2, body));
        assertThat(WebhookSignature.header("other", 1, body)).isNotEqualTo(WebhookSignature.header("secret", 1, body));
    }

    @Test
    void duringARotationCarriesOneV1PerSecretTheCurrentOneFirst() {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);

        String header = WebhookSignature.header(java.util.List.of("other", "secret"), 1_700_000_000L, body);

        assertThat(header).startsWith("t=1700000000,v1=").endsWith(",v1=" + OPENSSL_VALUE);
        assertThat(header.split(",")).hasSize(3);
        assertThat(header.split(",")[1])
                .isEqualTo(WebhookSignature.header("other", 1_700_000_000L, body).split(",")[1]);
    }

    private static final String OPENSSL_VALUE = "49f24e537407743fa4a0242bb63b94b9a47ee99cbbe071ccd8a22550ae411686";
}
