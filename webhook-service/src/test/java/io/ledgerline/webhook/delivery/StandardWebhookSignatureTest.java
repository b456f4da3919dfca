package io.ledgerline.webhook.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.ledgerline.webhook.subscription.SigningSecret;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Our signatures checked by the official Standard Webhooks library, the verifier receivers are pointed to. */
class StandardWebhookSignatureTest {

    private static final String BODY = "{\"specversion\":\"1.0\",\"id\":\"e-1\",\"data\":{\"a\":\"é\"}}";
    private static final String ID = "3f0c2a4e-6a51-4b0e-9a4f-2b9d7c1e0a55";

    @Test
    void aGeneratedWhsecSecretVerifiesWithTheOfficialLibrary() throws Exception {
        String secret = SigningSecret.generate();
        long now = Instant.now().getEpochSecond();

        String signature = StandardWebhookSignature.header(List.of(secret), ID, now, bytes(BODY));

        assertThat(signature).startsWith("v1,").doesNotContain(" ");
        assertThatNoException().isThrownBy(() -> new Webhook(secret).verify(BODY, headers(now, signature)));
        assertThat(new Webhook(secret).sign(ID, now, BODY)).as("the library's own signature").isEqualTo(signature);
    }

    @Test
    void aSecretRegisteredInAnyOtherFormVerifiesAsWhsecOfItsUtf8Bytes() throws Exception {
        String secret = "a-long-random-secret";
        String standardForm = "whsec_" + Base64.getEncoder().encodeToString(bytes(secret));
        long now = Instant.now().getEpochSecond();

        String signature = StandardWebhookSignature.header(List.of(secret), ID, now, bytes(BODY));

        assertThatNoException().isThrownBy(() -> new Webhook(standardForm).verify(BODY, headers(now, signature)));
    }

    @Test
    void duringAnOverlapEitherSecretVerifiesAndNoOtherDoes() throws Exception {
        String current = SigningSecret.generate();
        String previous = SigningSecret.generate();
        long now = Instant.now().getEpochSecond();

        String signature = StandardWebhookSignature.header(List.of(current, previous), ID, now, bytes(BODY));

        assertThat(signature.split(" ")).hasSize(2).allMatch(entry -> entry.startsWith("v1,"));
        assertThatNoException().isThrownBy(() -> new Webhook(current).verify(BODY, headers(now, signature)));
        assertThatNoException().isThrownBy(() -> new Webhook(previous).verify(BODY, headers(now, signature)));
        assertThatThrownBy(() -> new Webhook(SigningSecret.generate()).verify(BODY, headers(now, signature)))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void anotherIdTimestampOrBodyDoesNotVerify() throws Exception {
        String secret = SigningSecret.generate();
        long now = Instant.now().getEpochSecond();
        String signature = StandardWebhookSignature.header(List.of(secret), ID, now, bytes(BODY));
        Webhook receiver = new Webhook(secret);

        assertThatThrownBy(() -> receiver.verify(BODY + " ", headers(now, signature)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> receiver.verify(BODY, Map.of("webhook-id", List.of("other"),
                "webhook-timestamp", List.of(Long.toString(now)), "webhook-signature", List.of(signature))))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> receiver.verify(BODY, headers(now - 1, signature)))
                .isInstanceOf(WebhookVerificationException.class);
    }

    private static Map<String, List<String>> headers(long timestamp, String signature) {
        return Map.of("webhook-id", List.of(ID), "webhook-timestamp", List.of(Long.toString(timestamp)),
                "webhook-signature", List.of(signature));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
