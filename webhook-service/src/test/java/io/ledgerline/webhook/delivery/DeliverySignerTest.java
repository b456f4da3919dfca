package io.ledgerline.webhook.delivery;

import static io.ledgerline.webhook.WebhookFixtures.SECRET;
import static io.ledgerline.webhook.WebhookFixtures.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerline.webhook.WebhookFixtures;
import io.ledgerline.webhook.subscription.SealedSecrets;
import io.ledgerline.webhook.subscription.SecretCipher;
import io.ledgerline.webhook.subscription.SigningSecret;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which secrets sign an attempt as the clock moves through a rotation's overlap. */
class DeliverySignerTest {

    private static final String WEBHOOK = "w-1";
    private static final Instant ROTATED = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration OVERLAP = Duration.ofHours(24);
    private static final byte[] BODY = "{\"id\":\"e-1\"}".getBytes(StandardCharsets.UTF_8);

    private final SecretCipher cipher = SecretCipher.fromBase64(SECRET_KEY);
    private final DeliverySigner signer = new DeliverySigner(cipher);
    private final String rotatedIn = SigningSecret.generate();

    @Test
    void signsWithTheNewAndTheReplacedSecretUntilTheOverlapEndsThenWithTheNewOnly() {
        DueDelivery delivery = rotatedDelivery();
        Instant end = ROTATED.plus(OVERLAP);

        for (Instant at : List.of(ROTATED, ROTATED.plus(Duration.ofHours(12)), end.minusSeconds(1))) {
            Map<String, String> headers = signer.headers(delivery, at);
            long t = at.getEpochSecond();
            assertThat(headers.get("webhook-signature")).as("at " + at).isEqualTo(
                    StandardWebhookSignature.header(List.of(rotatedIn, SECRET), delivery.deliveryId(), t, BODY));
            assertThat(headers.get("Ledgerline-Signature")).as("at " + at)
                    .isEqualTo(WebhookSignature.header(List.of(rotatedIn, SECRET), t, BODY));
        }
        for (Instant at : List.of(end, end.plusSeconds(1), ROTATED.plus(Duration.ofDays(30)))) {
            Map<String, String> headers = signer.headers(delivery, at);
            long t = at.getEpochSecond();
            assertThat(headers.get("webhook-signature")).as("at " + at)
                    .isEqualTo(StandardWebhookSignature.header(List.of(rotatedIn), delivery.deliveryId(), t, BODY))
                    .doesNotContain(" ");
            assertThat(headers.get("Ledgerline-Signature")).as("at " + at)
                    .isEqualTo(WebhookSignature.header(rotatedIn, t, BODY));
        }
    }

    @Test
    void carriesTheDeliveryIdAndTheTimestampOfTheAttempt() {
        Instant at = ROTATED.plusSeconds(5);

        Map<String, String> headers = signer.headers(rotatedDelivery(), at);

        assertThat(headers).containsEntry("webhook-id", rotatedDelivery().deliveryId())
                .containsEntry("webhook-timestamp", Long.toString(at.getEpochSecond()))
                .containsKeys("Ledgerline-Signature", "webhook-signature");
    }

    @Test
    void aSecretSealedUnderAnotherKeyIsNotSignedWithButFailsLoudly() {
        DueDelivery delivery = new DueDelivery("d-1", WEBHOOK, "https://example.com/h", new SealedSecrets(
                SecretCipher.fromBase64(WebhookFixtures.OTHER_SECRET_KEY).seal(SECRET, WEBHOOK), null, null), BODY, 0);

        assertThatThrownBy(() -> signer.headers(delivery, ROTATED)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LEDGERLINE_WEBHOOKS_SECRETKEY");
    }

    private DueDelivery rotatedDelivery() {
        SealedSecrets secrets = new SealedSecrets(cipher.seal(rotatedIn, WEBHOOK), cipher.seal(SECRET, WEBHOOK),
                ROTATED.plus(OVERLAP));
        return new DueDelivery("d-1", WEBHOOK, "https://example.com/h", secrets, BODY, 0);
    }
}
