package io.ledgerline.webhook;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.ledgerline.webhook.subscription.SigningSecret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Checks a received delivery the way a Standard Webhooks receiver would: with the official Java library. */
public final class StandardWebhooksReceiver {

    private StandardWebhooksReceiver() {
    }

    /** The secret as a Standard Webhooks receiver configures it: {@code whsec_...} as given, else of its UTF-8. */
    public static String receiverForm(String secret) {
        return secret.startsWith(SigningSecret.PREFIX) ? secret
                : SigningSecret.PREFIX + Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the library accepts the request (signature and a timestamp within its five minutes) for the secret. */
    public static boolean verifies(String secret, LoggedRequest request) {
        try {
            new Webhook(receiverForm(secret)).verify(new String(request.getBody(), StandardCharsets.UTF_8),
                    Map.of("webhook-id", List.of(request.getHeader("webhook-id")),
                            "webhook-timestamp", List.of(request.getHeader("webhook-timestamp")),
                            "webhook-signature", List.of(request.getHeader("webhook-signature"))));
            return true;
        } catch (WebhookVerificationException e) {
            return false;
        } catch (EmptyWebhookSecretException e) {
            throw new AssertionError(e);
        }
    }
}
